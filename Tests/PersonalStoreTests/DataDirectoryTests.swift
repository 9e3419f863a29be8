import Foundation
import Testing
@testable import PersonalStore

@Suite("Where data lives")
struct DataDirectoryTests {
    @Test func optionWinsOverEnvironment() {
        let directory = DataDirectory.resolve(option: "/tmp/a", environment: ["WEIGH_DATA_DIR": "/tmp/b", "XDG_DATA_HOME": "/tmp/c"])
        #expect(directory.url.path == "/tmp/a")
    }

    @Test func environmentOrder() {
        #expect(DataDirectory.resolve(option: nil, environment: ["WEIGH_DATA_DIR": "/tmp/b", "XDG_DATA_HOME": "/tmp/c"]).url.path == "/tmp/b")
        #expect(DataDirectory.resolve(option: nil, environment: ["XDG_DATA_HOME": "/tmp/c", "HOME": "/home/x"]).url.path == "/tmp/c/weigh")
        #expect(DataDirectory.resolve(option: nil, environment: ["HOME": "/home/x"]).url.path == "/home/x/.local/share/weigh")
    }

    @Test func relativeXDGIsIgnoredAsTheSpecSays() {
        #expect(DataDirectory.resolve(option: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/x"]).url.path == "/home/x/.local/share/weigh")
    }

    @Test func databaseSitsInsideTheFolder() {
        #expect(DataDirectory(url: URL(fileURLWithPath: "/d")).databaseURL.path == "/d/weigh.sqlite")
    }
}
