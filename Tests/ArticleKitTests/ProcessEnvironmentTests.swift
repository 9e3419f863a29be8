import Foundation
import Testing
import ArticleKit

@Suite("Environment variables")
struct ProcessEnvironmentTests {
    @Test func theProcessEnvironmentAgreesWithFoundation() {
        let foundation = ProcessInfo.processInfo.environment
        for name in ["PATH", "HOME", "WEIGH_SURELY_NOT_SET_ANYWHERE"] {
            #expect(ProcessEnvironment.current[name] == foundation[name], "\(name)")
        }
    }

    @Test func aFixedEnvironmentHoldsOnlyItsValues() {
        let environment: ProcessEnvironment = ["HOME": "/h", "EMPTY": ""]
        #expect(environment["HOME"] == "/h")
        #expect(environment["EMPTY"] == "")
        #expect(environment["PATH"] == nil)
        #expect(ProcessEnvironment(["A": "1"])["A"] == "1")
    }
}
