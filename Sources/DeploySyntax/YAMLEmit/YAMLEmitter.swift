/// Renders `YAMLValue` trees as block-style YAML text.
///
/// Output is deterministic (same tree, same bytes) and every string reads back as the same string under both
/// YAML 1.1 (PyYAML, Ansible) and YAML 1.2 core (Go, GitHub Actions) resolution: anything a parser could read
/// as another type or as syntax is double-quoted, multi-line text becomes a block literal when that is exact.
public struct YAMLEmitter: Sendable {
    public struct Options: Sendable, Hashable {
        /// Spaces per nesting level of mappings (sequence items always use `- `).
        public var indent: Int
        /// An empty line between the entries of a top-level mapping (compose `services:` / `volumes:` …).
        public var blankLineBetweenTopLevelEntries: Bool

        public init(indent: Int = 2, blankLineBetweenTopLevelEntries: Bool = true) {
            self.indent = max(2, indent)
            self.blankLineBetweenTopLevelEntries = blankLineBetweenTopLevelEntries
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The text of a whole file, ending with one newline.
    public func emit(_ file: YAMLFile) -> String {
        var lines: [String] = []
        if let header = file.headerComment {
            lines += Self.commentLines(header)
            if !file.documents.isEmpty { lines.append("") }
        }
        let explicitStarts = file.documents.count > 1
        for document in file.documents {
            if explicitStarts { lines.append("---") }
            lines += rootLines(document)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The text of one document without header.
    public func emit(_ value: YAMLValue) -> String {
        emit(YAMLFile(value))
    }

    // MARK: - Layout

    private func rootLines(_ value: YAMLValue) -> [String] {
        switch value {
        case .mapping(let entries) where !entries.isEmpty:
            return mappingLines(entries, topLevel: true)
        case .sequence(let items, let style) where !items.isEmpty && !(style == .flow && Self.isFlowable(items)):
            return sequenceLines(items)
        case .literal(let text), .string(let text):
            if let block = literalLines(text, force: isLiteral(value)) { return block }
            return [inlineText(value)]
        default:
            return [inlineText(value)]
        }
    }

    private func isLiteral(_ value: YAMLValue) -> Bool {
        if case .literal = value { return true }
        return false
    }

    private func mappingLines(_ entries: [YAMLValue.Entry], topLevel: Bool) -> [String] {
        var lines: [String] = []
        for (index, entry) in entries.enumerated() {
            if index > 0 && (entry.blankLineBefore || (topLevel && options.blankLineBetweenTopLevelEntries)) {
                lines.append("")
            }
            if let comment = entry.comment { lines += Self.commentLines(comment) }
            lines += attached(prefix: YAMLScalarQuoting.render(entry.key) + ":", value: entry.value, indent: options.indent)
        }
        return lines
    }

    private func sequenceLines(_ items: [YAMLValue.Item]) -> [String] {
        var lines: [String] = []
        for item in items {
            if let comment = item.comment { lines += Self.commentLines(comment) }
            switch item.value {
            case .mapping(let entries) where !entries.isEmpty:
                lines += Self.hang(mappingLines(entries, topLevel: false))
            case .sequence(let inner, let style) where !inner.isEmpty && !(style == .flow && Self.isFlowable(inner)):
                lines += Self.hang(sequenceLines(inner))
            default:
                lines += attached(prefix: "-", value: item.value, indent: 2)
            }
        }
        return lines
    }

    /// Lines for `prefix value`, where prefix is `key:` or `-`; nested collections go below, indented.
    private func attached(prefix: String, value: YAMLValue, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .mapping(let entries) where !entries.isEmpty:
            return [prefix] + Self.indented(mappingLines(entries, topLevel: false), by: pad)
        case .sequence(let items, let style) where !items.isEmpty && !(style == .flow && Self.isFlowable(items)):
            return [prefix] + Self.indented(sequenceLines(items), by: pad)
        case .string(let text), .literal(let text):
            if let block = literalLines(text, force: isLiteral(value)) {
                return [prefix + " " + block[0]] + Self.indented(Array(block.dropFirst()), by: pad)
            }
            return [prefix + " " + inlineText(value)]
        default:
            return [prefix + " " + inlineText(value)]
        }
    }

    /// The one-line form of a scalar, an empty collection or a flow sequence.
    private func inlineText(_ value: YAMLValue) -> String {
        switch value {
        case .string(let s), .literal(let s): return YAMLScalarQuoting.render(s)
        case .int(let i): return String(i)
        case .double(let d): return Self.render(d)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .mapping: return "{}"
        case .sequence(let items, _):
            if items.isEmpty { return "[]" }
            return "[" + items.map { flowItem($0.value) }.joined(separator: ", ") + "]"
        }
    }

    private func flowItem(_ value: YAMLValue) -> String {
        switch value {
        case .string(let s), .literal(let s): return YAMLScalarQuoting.doubleQuoted(s)
        default: return inlineText(value)
        }
    }

    private static func isFlowable(_ items: [YAMLValue.Item]) -> Bool {
        items.allSatisfy { item in
            guard item.comment == nil else { return false }
            switch item.value {
            case .mapping, .sequence: return false
            default: return true
            }
        }
    }

    /// `|` / `|-` header plus content lines (unindented), or nil when a block literal cannot hold `text` exactly.
    /// Multi-line strings become literals automatically; `force` (from `.literal`) also turns single lines into one.
    private func literalLines(_ text: String, force: Bool) -> [String]? {
        guard text.contains("\n") || (force && !text.isEmpty) else { return nil }
        guard YAMLScalarQuoting.fitsBlockLiteral(text) else { return nil }
        var body = text
        let header: String
        if body.hasSuffix("\n") {
            header = "|"
            body.removeLast()
        } else {
            header = "|-"
        }
        let content = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return [header] + content
    }

    // MARK: - Small pieces

    static func commentLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let clean = String(String.UnicodeScalarView(line.unicodeScalars.map {
                ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F ? " " : $0
            }))
            let trimmed = clean.trimmingTrailingSpaces()
            return trimmed.isEmpty ? "#" : "# " + trimmed
        }
    }

    private static func indented(_ lines: [String], by pad: String) -> [String] {
        lines.map { $0.isEmpty ? $0 : pad + $0 }
    }

    /// A nested block as a sequence item: `- ` before its first line, two spaces before the rest.
    private static func hang(_ lines: [String]) -> [String] {
        var body = lines
        while body.first?.isEmpty == true { body.removeFirst() }
        guard let first = body.first else { return ["- {}"] }
        return ["- " + first] + indented(Array(body.dropFirst()), by: "  ")
    }

    /// A double that every parser reads back as the same float: always with a dot and a signed exponent.
    static func render(_ d: Double) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
        var text = "\(d)"
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            var mantissa = String(text[..<e])
            var exponent = String(text[text.index(after: e)...])
            if !mantissa.contains(".") { mantissa += ".0" }
            if exponent.first != "-" && exponent.first != "+" { exponent = "+" + exponent }
            text = mantissa + "e" + exponent
        } else if !text.contains(".") {
            text += ".0"
        }
        return text
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return String(s)
    }
}
