import ArticleKit
import Foundation
import Testing
@testable import PersonalStore

@Suite("Exporting and importing bookmarks")
struct ImportExportTests {
    @Test func exportIsTheDocumentedFormat() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try store.add(at: ReadingPosition(articleID: "risks", blockIndex: 4, offset: 17),
                      sectionTitle: "Dissociation", excerpt: "Ketamine can cause", label: "read again")
        try store.add(at: ReadingPosition(articleID: "about", blockIndex: 0), sectionTitle: nil, excerpt: "Hello", label: nil)
        let text = String(decoding: try store.exportJSON(), as: UTF8.self)
        #expect(text == """
            {
              "bookmarks" : [
                {
                  "articleID" : "risks",
                  "blockIndex" : 4,
                  "createdAt" : "2026-11-25T14:05:12.345Z",
                  "excerpt" : "Ketamine can cause",
                  "label" : "read again",
                  "offset" : 17,
                  "sectionTitle" : "Dissociation"
                },
                {
                  "articleID" : "about",
                  "blockIndex" : 0,
                  "createdAt" : "2026-11-25T14:05:13.345Z",
                  "excerpt" : "Hello",
                  "label" : null,
                  "offset" : 0,
                  "sectionTitle" : null
                }
              ],
              "format" : "weigh-bookmarks",
              "version" : 1
            }

            """)
    }

    @Test func exportThenImportIntoAnotherStoreKeepsEverything() throws {
        let source = try StoreFixture()
        let store = try source.open()
        for index in 0..<5 { try store.add("article-\(index % 2)", index, offset: index * 3, label: index == 2 ? nil : "l\(index)") }
        let exported = try store.exportJSON()

        let target = try StoreFixture()
        let other = try target.open()
        #expect(try other.importJSON(exported) == BookmarkImportSummary(imported: 5, skipped: 0))
        let strip = { (bookmarks: [Bookmark]) in bookmarks.map { bookmark in var copy = bookmark; copy.id = 0; return copy } }
        #expect(strip(try other.allBookmarks()) == strip(try store.allBookmarks()))
        #expect(try other.exportJSON() == exported)
    }

    @Test func importingTheSameFileTwiceAddsNothing() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let file = Self.file(entries: [Self.entry(label: "one"), Self.entry(label: "two"), Self.entry(label: "one")])
        #expect(try store.importJSON(file) == BookmarkImportSummary(imported: 2, skipped: 1))
        let after = try store.allBookmarks()
        #expect(try store.importJSON(file) == BookmarkImportSummary(imported: 0, skipped: 3))
        #expect(try store.allBookmarks() == after)
    }

    @Test func importingYourOwnExportAddsNothing() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try store.add("a", 1, label: "mine")
        try store.add("a", 1)
        let before = try store.allBookmarks()
        #expect(try store.importJSON(try store.exportJSON()) == BookmarkImportSummary(imported: 0, skipped: 2))
        #expect(try store.allBookmarks() == before)
    }

    @Test func importedStringsAreCleaned() throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        let file = Self.file(entries: [Self.entry(excerpt: "a\u{9B}b", label: "evil\u{1B}]0;title\u{07}")])
        #expect(try store.importJSON(file).imported == 1)
        let stored = try #require(try store.allBookmarks().first)
        #expect(stored.label == "evil\u{241B}]0;title\u{2407}")
        #expect(stored.excerpt == "a\u{FFFD}b")
    }

    static let invalidFiles: [(String, String, String)] = [
        ("not JSON", "{\"format\": \"weigh-bookmarks\", ", "not valid JSON"),
        ("wrong format", #"{"format": "other", "version": 1, "bookmarks": []}"#, "not a weigh bookmarks file"),
        ("newer version", #"{"format": "weigh-bookmarks", "version": 2, "bookmarks": []}"#, "version 2 is newer"),
        ("no version", #"{"format": "weigh-bookmarks", "bookmarks": []}"#, "\"version\""),
        ("no bookmarks", #"{"format": "weigh-bookmarks", "version": 1}"#, "bookmarks: missing"),
        ("missing field", Self.text(entries: [entry(), "{\"articleID\": \"a\", \"blockIndex\": 1, \"excerpt\": \"x\", \"createdAt\": \"2026-11-25T14:05:12Z\"}"]),
         "bookmarks[1].offset: missing"),
        ("negative offset", Self.text(entries: [entry(offset: -1)]), "bookmarks[0].offset: must be between"),
        ("fractional index", Self.text(entries: [entry(), entry(blockIndex: "1.5")]), "bookmarks[1].blockIndex: must be a whole number"),
        ("huge index", Self.text(entries: [entry(blockIndex: "1e30")]), "bookmarks[0].blockIndex: must be a whole number"),
        ("boolean index", Self.text(entries: [entry(blockIndex: "true")]), "bookmarks[0].blockIndex"),
        ("string number", Self.text(entries: [entry(blockIndex: "\"3\"")]), "bookmarks[0].blockIndex: expected a whole number"),
        ("long label", Self.text(entries: [entry(label: String(repeating: "x", count: 201))]), "bookmarks[0].label: longer than 200"),
        ("long excerpt", Self.text(entries: [entry(excerpt: String(repeating: "y", count: 5000))]), "bookmarks[0].excerpt: longer than 300"),
        ("empty article", Self.text(entries: [entry(articleID: "  ")]), "bookmarks[0].articleID: empty"),
        ("bad date", Self.text(entries: [entry(createdAt: "yesterday")]), "bookmarks[0].createdAt: not an ISO 8601"),
        ("null excerpt", Self.text(entries: [entry(), #"{"articleID": "a", "blockIndex": 1, "offset": 0, "excerpt": null, "createdAt": "2026-11-25T14:05:12Z"}"#]),
         "bookmarks[1].excerpt"),
        ("top-level list", "[]", "expected an object"),
    ]

    @Test(arguments: invalidFiles)
    func anInvalidFileImportsNothing(name: String, text: String, expected: String) throws {
        let fixture = try StoreFixture()
        let store = try fixture.open()
        try store.add("existing", 1, label: "keep me")
        let before = try store.exportJSON()
        // The valid entries before the bad one must not be imported either.
        #expect {
            try store.importJSON(Data(text.utf8))
        } throws: { error in
            let description = String(describing: error)
            return description.hasPrefix("invalid bookmarks file: ") && description.contains(expected)
                && description.hasSuffix("nothing was imported")
        }
        #expect(try store.exportJSON() == before, "\(name)")
    }

    @Test func isoTimesRoundTripToTheMillisecond() {
        #expect(Timestamp.parseISO8601("2026-11-25T14:05:12.345Z") == 1_795_615_512_345)
        #expect(Timestamp.parseISO8601("2026-11-25T14:05:12Z") == 1_795_615_512_000)
        #expect(Timestamp.parseISO8601("2026-11-25T16:05:12.5+02:00") == 1_795_615_512_500)
        #expect(Timestamp.parseISO8601("2026-11-25") == nil)
        #expect(Timestamp.iso8601(milliseconds: 1_795_615_512_007) == "2026-11-25T14:05:12.007Z")
        #expect(Timestamp.iso8601(milliseconds: -1) == "1969-12-31T23:59:59.999Z")
        #expect(Timestamp.compactUTC(TestClock.start) == "20261125T140512Z")
    }

    // MARK: - Building files

    static func entry(articleID: String = "a", blockIndex: String = "1", offset: Int = 0, excerpt: String = "text",
                      label: String? = nil, createdAt: String = "2026-11-25T14:05:12.000Z") -> String {
        let labelJSON = label.map { String(decoding: try! JSONEncoder().encode($0), as: UTF8.self) } ?? "null"
        let excerptJSON = String(decoding: try! JSONEncoder().encode(excerpt), as: UTF8.self)
        return """
            {"articleID": "\(articleID)", "blockIndex": \(blockIndex), "offset": \(offset), "sectionTitle": null, \
            "excerpt": \(excerptJSON), "label": \(labelJSON), "createdAt": "\(createdAt)"}
            """
    }

    static func text(entries: [String]) -> String {
        #"{"format": "weigh-bookmarks", "version": 1, "bookmarks": ["# + entries.joined(separator: ",\n") + "]}"
    }

    static func file(entries: [String]) -> Data {
        Data(text(entries: entries).utf8)
    }
}
