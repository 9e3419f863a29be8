import ArticleKit

/// A comparison as Markdown, for sharing with a clinician: per topic, who
/// says what and a table (Benefits | Risks), precautions listed beneath,
/// disagreements stated in words, and the sources with their provenance.
public enum ComparisonMarkdown {
    public static func render(_ comparison: Comparison, title: String) -> String {
        var out = "# \(escape(title))\n\n"
        out += "> \(escape(SourceWording.disclaimer))\n"
        if comparison.topics.isEmpty {
            out += "\n\(ComparisonLayout.emptyMessage(for: comparison))\n"
        }
        let tags = comparison.scope == .library ? Dictionary(uniqueKeysWithValues: comparison.sources.map { ($0.number, SourceWording.tag(number: $0.number, source: $0.source)) }) : [:]
        for topic in comparison.topics {
            out += "\n## \(escape(topic.topic.title))\n\n"
            if !topic.topic.question.isEmpty { out += "*\(escape(topic.topic.question))*\n\n" }
            let says = topic.stancesBySource.map { source, stances in
                "\\[\(source)\\] " + stances.map { $0.rawValue }.joined(separator: ", ")
            }
            out += "Says: " + says.joined(separator: "; ")
            if topic.sourcesDiffer { out += ". **≠ Sources differ** on this topic" }
            for source in topic.selfContradictingSources { out += ". Source \(source) says both" }
            out += ".\n\n"
            out += "| Benefits | Risks |\n|---|---|\n"
            for index in 0..<max(topic.benefits.count, topic.risks.count) {
                let benefit = index < topic.benefits.count ? cell(topic.benefits[index], in: topic, tags: tags) : ""
                let risk = index < topic.risks.count ? cell(topic.risks[index], in: topic, tags: tags) : ""
                out += "| \(benefit) | \(risk) |\n"
            }
            if !topic.precautions.isEmpty {
                out += "\n**Precautions:**\n\n"
                for precaution in topic.precautions { out += "- \(cell(precaution, in: topic, tags: tags))\n" }
            }
        }
        if !comparison.sources.isEmpty {
            out += "\n## \(comparison.sources.count == 1 ? "Source" : "Sources")\n\n"
            for source in comparison.sources {
                out += "\(source.number). **\(escape(source.articleTitle))** (`\(source.articleID)`)"
                out += " — based on " + escape(source.source.map(SourceWording.legend) ?? "a source not recorded")
                out += "\n"
            }
            out += "\n\(escape(SourceWording.key))\n"
        }
        return out
    }

    private static func cell(_ claim: ComparedClaim, in topic: TopicComparison, tags: [Int: String]) -> String {
        var text = escape(claim.claim.text)
        if topic.isDisputed(claim) { text += " ≠" }
        if let tag = tags[claim.sourceNumber] { text += " " + escape(tag) }
        return text
    }

    /// Escapes what would break a table cell or start markup: inline
    /// markers and entities anywhere, and a list or quote marker at the
    /// start (`- `, `+ `, `1. `), where the text opens a list item.
    static func escape(_ text: String) -> String {
        // Byte by byte (nearly every claim) when every character is one
        // ASCII byte or a scalar that stands alone (`standaloneLength`),
        // to the same result as the general rule (MarkdownEscapeTests
        // compares the two); other text takes the rule a Character at a
        // time.
        let markup = markupBytes
        let escaped = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 8)
            var index = 0
            // The start, where a list opener counts: "-" or "+" first, or
            // "." or ")" after digits only.
            var leadingDigits = true
            while index < bytes.count && (index == 0 || leadingDigits) && bytes[index] < 0x80 {
                let byte = bytes[index]
                let opensBlock = (index == 0 && (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")))
                    || (leadingDigits && index > 0 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")))
                if opensBlock || markup[Int(byte)] { result.append(UInt8(ascii: "\\")) }
                leadingDigits = leadingDigits && byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                result.append(byte)
                index += 1
            }
            // The rest: only markup is escaped; runs between go as they are.
            var run = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if markup[Int(byte)] {
                        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                        result.append(UInt8(ascii: "\\"))
                        run = index
                    }
                    index += 1
                } else {
                    let length = Self.standaloneLength(bytes, at: index)
                    guard length > 0 else { return nil }
                    index += length
                }
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
            return String(decoding: result, as: UTF8.self)
        }
        if let escaped = escaped ?? nil { return escaped }
        return escapeByCharacter(text)
    }

    /// The length of the scalar at `index` when it is one that stands
    /// alone: a Character of its own whatever its neighbours (neither a
    /// mark nor a joiner, nor a scalar that joins the next), and equal to
    /// no ASCII character. These are U+00A0–U+02FF (Latin letters with
    /// their accents composed, Latin-1 signs, modifier letters) and
    /// U+2010–U+2027 and U+2030–U+203E (dashes, quotes, bullets, the
    /// ellipsis, primes); 0 for any other.
    private static func standaloneLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let count = bytes.count
        if lead >= 0xC2 && lead <= 0xCB, index + 1 < count {
            let next = bytes[index + 1]
            guard next & 0xC0 == 0x80, lead > 0xC2 || next >= 0xA0 else { return 0 }
            return 2
        }
        if lead == 0xE2, index + 2 < count, bytes[index + 1] == 0x80 {
            let last = bytes[index + 2]
            return (last >= 0x90 && last <= 0xA7) || (last >= 0xB0 && last <= 0xBE) ? 3 : 0
        }
        return 0
    }

    /// The characters escaped anywhere.
    private static let markupCharacters = "|\\*_`[]<>#&"
    /// `markupCharacters` as a table of the 128 ASCII bytes.
    private static let markupBytes = (0..<128).map { markupCharacters.utf8.contains(UInt8($0)) }

    /// `escape`, a Character at a time: the rule for any text.
    static func escapeByCharacter(_ text: String) -> String {
        var result = ""
        var leadingDigits = true
        for (index, character) in text.enumerated() {
            let opensBlock = (index == 0 && "-+".contains(character)) || (leadingDigits && index > 0 && ".)".contains(character))
            if markupCharacters.contains(character) || opensBlock { result.append("\\") }
            leadingDigits = leadingDigits && character.isASCII && character.isNumber
            result.append(character)
        }
        return result
    }
}
