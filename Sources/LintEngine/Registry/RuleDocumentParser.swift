import DeploySyntax

/// A rule doc that does not follow the `Rules/<kind>/<ID>.md` format; each diagnostic points into the file.
public struct RuleDocumentError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Reads `Rules/<kind>/<ID>.md`: YAML front matter between `---` lines (parsed with `YAMLParser`), then the
/// Markdown body whose first paragraph is the rule's summary.
public struct RuleDocumentParser: Sendable {
    static let knownKeys: Set<String> = [
        "id", "title", "kind", "severity", "tags", "security-severity", "references", "equivalents", "options",
    ]
    static let idPrefixes = ["K8S", "GHA", "SEC", "DF", "DC", "TF", "SQ"]

    public init() {}

    public func parse(text: String, path: String) -> Result<RuleMetadata, RuleDocumentError> {
        parse(SourceFile(path: path, text: text))
    }

    public func parse(_ source: SourceFile) -> Result<RuleMetadata, RuleDocumentError> {
        let bytes = source.bytes
        func fail(_ message: String, _ range: SourceRange? = nil) -> Result<RuleMetadata, RuleDocumentError> {
            .failure(RuleDocumentError(diagnostics: [Diagnostic(
                code: "rule-doc", message: message, path: source.path,
                range: range ?? SourceRange(at: source.position(atOffset: 0)))]))
        }
        guard source.lineCount >= 2, source.lineText(1).trimmingTrailingSpaces == "---" else {
            return fail("a rule doc starts with a '---' line opening the YAML front matter")
        }
        var closingLine = 0
        for line in 2...source.lineCount where source.lineText(line).trimmingTrailingSpaces == "---" {
            closingLine = line
            break
        }
        guard closingLine > 0 else { return fail("the front matter has no closing '---' line") }
        // The YAML is parsed from the file's own bytes (up to the closing line) so positions match the doc.
        let frontMatterEnd = source.lineStarts[closingLine - 1]
        let frontMatter = SourceFile(path: source.path, bytes: Array(bytes[0..<frontMatterEnd]))
        let stream: YAMLStream
        switch YAMLParser().parse(frontMatter) {
        case .success(let parsed): stream = parsed
        case .failure(let error): return .failure(RuleDocumentError(diagnostics: [error.diagnostic]))
        }
        if !stream.diagnostics.isEmpty { return .failure(RuleDocumentError(diagnostics: stream.diagnostics)) }
        guard let root = stream.documents.first?.root, let pairs = root.mapping else {
            return fail("the front matter must be a mapping of keys such as id, title, kind, severity, tags")
        }

        var problems: [Diagnostic] = []
        func problem(_ message: String, _ node: YAMLNode) {
            problems.append(Diagnostic(code: "rule-doc", message: message, path: source.path, range: node.reportRange))
        }
        for pair in pairs where !Self.knownKeys.contains(pair.keyString ?? "") {
            problem("unknown front matter key '\(pair.keyString ?? "?")'; known keys: \(Self.knownKeys.sorted().joined(separator: ", "))", pair.key)
        }
        func requiredString(_ key: String) -> String? {
            guard let node = root[key] else {
                problems.append(Diagnostic(code: "rule-doc", message: "the front matter needs '\(key)'", path: source.path, range: root.range))
                return nil
            }
            guard let value = node.string, !value.isEmpty, !node.isNull else {
                problem("'\(key)' must be a non-empty string, not \(node.kindDescription)", node)
                return nil
            }
            return value
        }
        func stringList(_ key: String) -> [String] {
            guard let node = root[key], !node.isNull else { return [] }
            guard let items = node.sequence else {
                problem("'\(key)' must be a list of strings", node)
                return []
            }
            return items.compactMap { item in
                guard let value = item.string, !value.isEmpty else {
                    problem("each entry of '\(key)' must be a non-empty string", item)
                    return nil
                }
                return value
            }
        }
        func stringMap(_ key: String) -> [(String, String)] {
            guard let node = root[key], !node.isNull else { return [] }
            guard let entries = node.mapping else {
                problem("'\(key)' must be a mapping", node)
                return []
            }
            var out: [(String, String)] = []
            for entry in entries {
                guard let name = entry.keyString, let value = entry.value.string, !value.isEmpty else {
                    problem("each entry of '\(key)' maps a name to a non-empty string", entry.value)
                    continue
                }
                out.append((name, value))
            }
            return out.sorted { $0.0 < $1.0 }
        }

        let id = requiredString("id") ?? ""
        if let node = root["id"], !id.isEmpty, !Self.isWellFormedID(id) {
            problem("rule id '\(id)' must be a kind prefix (\(Self.idPrefixes.joined(separator: ", "))) and three digits, e.g. DF001", node)
        }
        let stem = Self.fileStem(source.path)
        if let node = root["id"], !id.isEmpty, !stem.isEmpty, stem != id {
            problem("the id '\(id)' differs from the file name '\(stem).md'", node)
        }
        let title = requiredString("title") ?? ""
        let kind = requiredString("kind") ?? ""
        if let node = root["kind"], !kind.isEmpty, kind != "engine", kind != "any", FileKind(rawValue: kind) == nil {
            problem("unknown kind '\(kind)'; use engine, any (text rules such as secrets) or one of \(FileKind.allCases.map(\.rawValue).joined(separator: ", "))", node)
        }
        var severity = Severity.warning
        if let text = requiredString("severity") {
            if let parsed = Severity(rawValue: text) { severity = parsed } else if let node = root["severity"] {
                problem("severity '\(text)' must be error, warning or note", node)
            }
        }
        let tags = stringList("tags")
        if let node = root["tags"] {
            if tags.isEmpty && problems.allSatisfy({ $0.range != node.reportRange }) {
                problem("'tags' needs at least one of \(Self.allowedTagList)", node)
            }
            for (index, tag) in tags.enumerated() where !RuleMetadata.allowedTags.contains(tag) {
                problem("unknown tag '\(tag)'; use \(Self.allowedTagList)", node.sequence?[index] ?? node)
            }
        } else {
            problems.append(Diagnostic(code: "rule-doc", message: "the front matter needs 'tags'", path: source.path, range: root.range))
        }
        var securitySeverity: String?
        if let node = root["security-severity"], !node.isNull {
            var value: Double?
            switch node.resolved(.core) {
            case .int(let v)?: value = Double(v)
            case .float(let v)?: value = v
            default: value = nil
            }
            if let value, value >= 0.1, value <= 10.0 {
                let tenths = Int((value * 10).rounded())
                securitySeverity = "\(tenths / 10).\(tenths % 10)"
            } else {
                problem("'security-severity' must be a number from 0.1 to 10.0", node)
            }
        }
        let references = stringList("references")
        let equivalents = stringMap("equivalents").map { (tool: $0.0, id: $0.1) }
        let options = stringMap("options").map { (name: $0.0, description: $0.1) }

        let body = String(decoding: bytes[min(bytes.count, source.lineStarts.count > closingLine ? source.lineStarts[closingLine] : bytes.count)...], as: UTF8.self)
        let summary = Self.firstParagraph(body)
        if summary.isEmpty {
            problems.append(Diagnostic(code: "rule-doc", message: "the body needs a one-paragraph summary after the front matter",
                                       path: source.path, range: SourceRange(at: source.position(atOffset: frontMatterEnd))))
        }
        if !problems.isEmpty { return .failure(RuleDocumentError(diagnostics: problems)) }
        return .success(RuleMetadata(
            id: id, title: title, kind: kind, severity: severity, tags: tags, securitySeverity: securitySeverity,
            references: references, equivalents: equivalents, options: options, summary: summary,
            documentation: body.trimmingLeadingBlankLines, sourcePath: source.path))
    }

    static var allowedTagList: String { RuleMetadata.allowedTags.sorted().joined(separator: ", ") }

    static func isWellFormedID(_ id: String) -> Bool {
        guard let prefix = idPrefixes.first(where: { id.hasPrefix($0) }) else { return false }
        let digits = id.dropFirst(prefix.count)
        return digits.count == 3 && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : ""
    }

    /// The first paragraph of Markdown text (lines up to a blank line), joined with spaces.
    static func firstParagraph(_ body: String) -> String {
        var lines: [Substring] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: " \t\r")
            if trimmed.isEmpty {
                if lines.isEmpty { continue } else { break }
            }
            if lines.isEmpty && trimmed.hasPrefix("#") { continue }
            lines.append(trimmed)
        }
        return lines.joined(separator: " ")
    }
}

extension StringProtocol {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return String(s)
    }

    func trimmingCharacters(in set: String) -> Substring {
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return s
    }
}

extension String {
    var trimmingLeadingBlankLines: String {
        var s = Substring(self)
        while let newline = s.firstIndex(of: "\n"), s[..<newline].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
            s = s[s.index(after: newline)...]
        }
        return String(s)
    }
}
