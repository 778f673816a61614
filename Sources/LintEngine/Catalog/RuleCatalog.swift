/// The rule docs compiled into the binary, so `explain`, `rules` and SARIF carry them without the source tree.
///
/// `RuleCatalog+Generated.swift` holds the text of every `Rules/**/*.md`; regenerate it with
/// `UPDATE_RULE_CATALOG=1 swift test --filter RuleCatalogTests`.
public enum RuleCatalog {
    /// One embedded `Rules/<kind>/<ID>.md`.
    public struct EmbeddedDocument: Sendable, Hashable {
        /// Path from the package root, e.g. `Rules/dockerfile/DF001.md`.
        public let path: String
        public let text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// Every embedded doc, in path order.
    public static var documents: [EmbeddedDocument] { generatedDocuments }

    /// Metadata by rule id. The front matter was parsed (with `YAMLParser`) when the catalog was generated, so
    /// startup parses nothing; only the Markdown body is sliced from the embedded text here.
    public static let metadata: [String: RuleMetadata] = {
        var textByPath: [String: String] = [:]
        for document in generatedDocuments { textByPath[document.path] = document.text }
        var byID: [String: RuleMetadata] = [:]
        byID.reserveCapacity(generatedMetadata.count)
        for var rule in generatedMetadata {
            rule.documentation = textByPath[rule.sourcePath].map(markdownBody) ?? ""
            byID[rule.id] = rule
        }
        return byID
    }()

    /// The text after the front matter's closing `---` line, leading blank lines dropped (byte scan: this runs
    /// for every rule at startup).
    static func markdownBody(_ text: String) -> String {
        let utf8 = text.utf8
        var index = utf8.startIndex
        var lineStart = index
        var dashLines = 0
        var bodyStart: String.Index?
        while index <= utf8.endIndex {
            if index == utf8.endIndex || utf8[index] == 10 {
                var length = utf8.distance(from: lineStart, to: index)
                var probe = lineStart
                var dashes = 0
                while length > 0, utf8[probe] == 45 { dashes += 1; length -= 1; probe = utf8.index(after: probe) }
                let rest = utf8[probe..<index].allSatisfy { $0 == 13 || $0 == 32 }
                if dashes == 3 && rest {
                    dashLines += 1
                    if dashLines == 2 {
                        bodyStart = index == utf8.endIndex ? index : utf8.index(after: index)
                        break
                    }
                }
                if index == utf8.endIndex { break }
                lineStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        guard var start = bodyStart else { return "" }
        // Drop blank lines before the first paragraph.
        var probe = start
        while probe < utf8.endIndex {
            let byte = utf8[probe]
            if byte == 10 {
                start = utf8.index(after: probe)
            } else if byte != 32 && byte != 9 && byte != 13 {
                break
            }
            probe = utf8.index(after: probe)
        }
        return String(text[start...])
    }

    /// The raw Markdown of a rule's doc (front matter included), by id.
    public static func document(for id: String) -> EmbeddedDocument? {
        generatedDocuments.first { RuleDocumentParser.fileStem($0.path) == id }
    }
}

/// Writes `RuleCatalog+Generated.swift` from the rule docs: one raw string literal per file, keyed by path.
public enum RuleCatalogGenerator {
    /// The Swift source of the catalog: every doc's text, and the metadata of every doc that parses.
    public static func render(_ documents: [RuleCatalog.EmbeddedDocument]) -> String {
        let sorted = documents.sorted { $0.path < $1.path }
        var out = """
        // Generated from Rules/**/*.md by `UPDATE_RULE_CATALOG=1 swift test --filter RuleCatalogTests`.
        // Do not edit: edit the rule docs and regenerate. RuleCatalogTests fails when this file is stale.

        extension RuleCatalog {
            static let generatedDocuments: [EmbeddedDocument] = [

        """
        for document in sorted {
            let text = document.text.replacingCRLF
            let hashes = String(repeating: "#", count: longestHashRun(in: text) + 1)
            out += "        EmbeddedDocument(path: \"\(document.path)\", text: \(hashes)\"\"\"\n"
            out += text
            if !text.hasSuffix("\n") { out += "\n" }
            out += "\"\"\"\(hashes)),\n"
        }
        out += "    ]\n\n"
        out += "    /// Front matter and summary of each doc, parsed with `YAMLParser` at generation time.\n"
        out += "    static let generatedMetadata: [RuleMetadata] = [\n"
        let parser = RuleDocumentParser()
        for document in sorted {
            guard case .success(let rule) = parser.parse(text: document.text.replacingCRLF, path: document.path) else { continue }
            out += "        RuleMetadata(\n"
            out += "            id: \(literal(rule.id)), title: \(literal(rule.title)), kind: \(literal(rule.kind)), severity: .\(rule.severity.rawValue),\n"
            out += "            tags: \(literal(rule.tags)), securitySeverity: \(rule.securitySeverity.map { literal($0) } ?? "nil"),\n"
            out += "            references: \(literal(rule.references)),\n"
            out += "            equivalents: [\(rule.equivalents.map { "(tool: \(literal($0.tool)), id: \(literal($0.id)))" }.joined(separator: ", "))],\n"
            out += "            options: [\(rule.options.map { "(name: \(literal($0.name)), description: \(literal($0.description)))" }.joined(separator: ", "))],\n"
            out += "            summary: \(literal(rule.summary)),\n"
            out += "            sourcePath: \(literal(rule.sourcePath))\n"
            out += "        ),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    /// A Swift string literal for any text.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func literal(_ items: [String]) -> String {
        "[" + items.map { literal($0) }.joined(separator: ", ") + "]"
    }

    /// A raw string delimited by one more `#` than the longest run in the text can hold any text unescaped.
    static func longestHashRun(in text: String) -> Int {
        var longest = 0
        var current = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "#") {
                current += 1
                longest = max(longest, current)
            } else {
                current = 0
            }
        }
        return longest
    }
}

extension String {
    var replacingCRLF: String {
        guard utf8.contains(13) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var previousCR = false
        for byte in utf8 {
            if byte == 13 { bytes.append(10); previousCR = true; continue }
            if byte == 10 && previousCR { previousCR = false; continue }
            previousCR = false
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
