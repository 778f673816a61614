import CYAML

/// A YAML file that could not be parsed: libyaml's problem text at a position.
public struct YAMLSyntaxError: Error, Sendable, CustomStringConvertible {
    public var diagnostic: Diagnostic
    public var description: String { diagnostic.description }
}

/// Builds the positioned YAML tree from libyaml's event API.
///
/// libyaml marks are 0-based and count characters, not bytes; `MarkConverter` maps them to byte offsets so
/// positions match the source exactly. A file that does not parse yields an error and no tree at all.
public struct YAMLParser: Sendable {
    public struct Options: Sendable {
        /// The most nodes alias expansion may produce in one stream ("billion laughs" guard).
        public var maxExpandedNodes: Int
        /// The deepest nesting of collections accepted.
        public var maxDepth: Int

        public init(maxExpandedNodes: Int = 200_000, maxDepth: Int = 256) {
            self.maxExpandedNodes = maxExpandedNodes
            self.maxDepth = maxDepth
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func parse(_ file: SourceFile) -> Result<YAMLStream, YAMLSyntaxError> {
        var builder = YAMLTreeBuilder(file: file, options: options)
        return file.bytes.withUnsafeBufferPointer { buffer in
            builder.run(buffer)
        }
    }

    /// Convenience for tests and small inputs.
    public static func parse(_ text: String, path: String = "<input>") -> Result<YAMLStream, YAMLSyntaxError> {
        YAMLParser().parse(SourceFile(path: path, text: text))
    }
}

/// Maps libyaml's character-counting marks to byte offsets. (A byte order mark counts as one character.)
struct MarkConverter {
    let file: SourceFile
    /// Byte offset of each character; empty when the file is ASCII and the map is the identity.
    let charOffsets: [Int32]

    init(file: SourceFile) {
        self.file = file
        let bytes = file.bytes
        var ascii = true
        for b in bytes where b >= 0x80 { ascii = false; break }
        if ascii {
            charOffsets = []
        } else {
            var offsets: [Int32] = []
            offsets.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                if bytes[i] & 0xC0 != 0x80 { offsets.append(Int32(i)) }
                i += 1
            }
            offsets.append(Int32(bytes.count))
            charOffsets = offsets
        }
    }

    func offset(_ mark: yaml_mark_t) -> Int {
        let index = Int(mark.index)
        if charOffsets.isEmpty { return min(index, file.bytes.count) }
        return index < charOffsets.count ? Int(charOffsets[index]) : file.bytes.count
    }

    func position(_ mark: yaml_mark_t) -> SourcePosition {
        file.position(atOffset: offset(mark))
    }
}

/// The event loop and the stack of open collections.
struct YAMLTreeBuilder {
    let file: SourceFile
    let options: YAMLParser.Options
    let marks: MarkConverter

    private enum Frame {
        case sequence(start: SourcePosition, tag: String?, anchor: String?, flow: Bool, items: [YAMLNode])
        case mapping(start: SourcePosition, tag: String?, anchor: String?, flow: Bool, items: [YAMLNode])
    }

    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    private var expanded = 0
    private var documents: [YAMLDocument] = []
    private var diagnostics: [Diagnostic] = []
    private var documentStart = SourcePosition(line: 1, column: 1, offset: 0)
    private var documentRoot: YAMLNode?

    init(file: SourceFile, options: YAMLParser.Options) {
        self.file = file
        self.options = options
        self.marks = MarkConverter(file: file)
    }

    private func error(_ message: String, at range: SourceRange, code: String = "yaml-syntax") -> YAMLSyntaxError {
        YAMLSyntaxError(diagnostic: Diagnostic(severity: .error, code: code, message: message, path: file.path, range: range))
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }

    mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) -> Result<YAMLStream, YAMLSyntaxError> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(error("libyaml could not be initialised", at: SourceRange(at: file.position(atOffset: 0))))
        }
        defer { yaml_parser_delete(&parser) }
        if let base = buffer.baseAddress, buffer.count > 0 {
            yaml_parser_set_input_string(&parser, base, buffer.count)
        } else {
            var empty: UInt8 = 0
            yaml_parser_set_input_string(&parser, &empty, 0)
        }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return .failure(parseError(parser))
            }
            defer { yaml_event_delete(&event) }
            let type = event.type
            if type == YAML_STREAM_END_EVENT { break }
            if let failure = handle(event) { return .failure(failure) }
        }
        return .success(YAMLStream(file: file, documents: documents, diagnostics: diagnostics))
    }

    private func parseError(_ parser: yaml_parser_t) -> YAMLSyntaxError {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        var message = problem
        var position = marks.position(parser.problem_mark)
        if parser.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset rather than a mark.
            position = file.position(atOffset: Int(parser.problem_offset))
            message = "\(problem) (the file must be UTF-8 text)"
        }
        if let context = parser.context.map({ String(cString: $0) }) {
            let contextPosition = marks.position(parser.context_mark)
            message += " \(context) (started at line \(contextPosition.line), column \(contextPosition.column))"
        }
        return error(message, at: SourceRange(at: position))
    }

    /// libyaml starts a node's mark at its properties (`&anchor`, `!tag`); messages should point at the content.
    private func contentStart(_ mark: yaml_mark_t, hasProperties: Bool) -> SourcePosition {
        var offset = marks.offset(mark)
        guard hasProperties else { return file.position(atOffset: offset) }
        let bytes = file.bytes
        for _ in 0..<2 {
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "&") || bytes[offset] == UInt8(ascii: "!") else { break }
            if bytes[offset] == UInt8(ascii: "!"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "<") {
                while offset < bytes.count && bytes[offset] != UInt8(ascii: ">") { offset += 1 }
            }
            while offset < bytes.count && !Self.isSpaceOrBreak(bytes[offset]) { offset += 1 }
            while offset < bytes.count && Self.isSpaceOrBreak(bytes[offset]) { offset += 1 }
        }
        return file.position(atOffset: offset)
    }

    private static func isSpaceOrBreak(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    private mutating func handle(_ event: yaml_event_t) -> YAMLSyntaxError? {
        var start = marks.position(event.start_mark)
        let end = marks.position(event.end_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documentStart = start
            documentRoot = nil
            anchors = [:]
        case YAML_DOCUMENT_END_EVENT:
            let root = documentRoot ?? YAMLNode(content: .scalar(YAMLScalar(value: "")), range: SourceRange(at: documentStart))
            documents.append(YAMLDocument(root: root, range: SourceRange(start: documentStart, end: end), index: documents.count))
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value: String
            if let pointer = data.value {
                value = String(decoding: UnsafeBufferPointer(start: pointer, count: Int(data.length)), as: UTF8.self)
            } else {
                value = ""
            }
            let style: YAMLScalarStyle = switch data.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: .literal
            case YAML_FOLDED_SCALAR_STYLE: .folded
            default: .plain
            }
            start = contentStart(event.start_mark, hasProperties: data.tag != nil || data.anchor != nil)
            var range = SourceRange(start: start, end: end)
            if style == .literal || style == .folded { range = trimTrailingBreaks(range) }
            let node = YAMLNode(
                content: .scalar(YAMLScalar(value: value, style: style)),
                range: range,
                tag: Self.string(data.tag),
                anchor: Self.string(data.anchor)
            )
            return add(node)
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            let range = SourceRange(start: start, end: end)
            guard var target = anchors[name] else {
                return error("unknown alias '*\(name)': no anchor '&\(name)' is defined before it", at: range, code: "yaml-unknown-alias")
            }
            expanded = expanded.addingReportingOverflow(target.weight).overflow ? Int.max : expanded + target.weight
            if expanded > options.maxExpandedNodes {
                return error("alias expansion exceeds \(options.maxExpandedNodes) nodes (a \"billion laughs\" document?): '*\(name)' is not expanded", at: range, code: "yaml-alias-limit")
            }
            target.aliasRange = range
            target.anchor = nil
            return add(target)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            if stack.count >= options.maxDepth {
                return error("collections nested deeper than \(options.maxDepth) levels", at: SourceRange(at: start), code: "yaml-too-deep")
            }
            start = contentStart(event.start_mark, hasProperties: data.tag != nil || data.anchor != nil)
            stack.append(.sequence(start: start, tag: Self.string(data.tag), anchor: Self.string(data.anchor),
                                   flow: data.style == YAML_FLOW_SEQUENCE_STYLE, items: []))
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            if stack.count >= options.maxDepth {
                return error("collections nested deeper than \(options.maxDepth) levels", at: SourceRange(at: start), code: "yaml-too-deep")
            }
            start = contentStart(event.start_mark, hasProperties: data.tag != nil || data.anchor != nil)
            stack.append(.mapping(start: start, tag: Self.string(data.tag), anchor: Self.string(data.anchor),
                                  flow: data.style == YAML_FLOW_MAPPING_STYLE, items: []))
        case YAML_SEQUENCE_END_EVENT:
            guard case .sequence(let s, let tag, let anchor, let flow, let items)? = stack.popLast() else { return nil }
            let rangeEnd = flow ? end : (items.last.map { nodeEnd($0) } ?? end)
            let weight = items.reduce(1) { saturatingAdd($0, $1.weight) }
            return add(YAMLNode(content: .sequence(items), range: SourceRange(start: s, end: rangeEnd),
                                tag: tag, anchor: anchor, isFlow: flow, weight: weight))
        case YAML_MAPPING_END_EVENT:
            guard case .mapping(let s, let tag, let anchor, let flow, let items)? = stack.popLast() else { return nil }
            let rangeEnd = flow ? end : (items.last.map { nodeEnd($0) } ?? end)
            var pairs: [YAMLPair] = []
            pairs.reserveCapacity(items.count / 2)
            var i = 0
            while i + 1 < items.count {
                pairs.append(YAMLPair(key: items[i], value: items[i + 1]))
                i += 2
            }
            let (resolved, problems) = MergeKeyResolver(path: file.path).resolve(pairs)
            diagnostics.append(contentsOf: problems)
            let weight = resolved.reduce(1) { saturatingAdd(saturatingAdd($0, $1.key.weight), $1.value.weight) }
            return add(YAMLNode(content: .mapping(resolved), range: SourceRange(start: s, end: rangeEnd),
                                tag: tag, anchor: anchor, isFlow: flow, weight: weight))
        default:
            break
        }
        return nil
    }

    /// The end of a node as written (an alias ends where the alias ends, not where its target does).
    private func nodeEnd(_ node: YAMLNode) -> SourcePosition {
        node.aliasRange?.end ?? node.range.end
    }

    private func saturatingAdd(_ a: Int, _ b: Int) -> Int {
        let (r, o) = a.addingReportingOverflow(b)
        return o ? Int.max : r
    }

    private func trimTrailingBreaks(_ range: SourceRange) -> SourceRange {
        var e = range.end.offset
        let bytes = file.bytes
        while e > range.start.offset, e - 1 < bytes.count, bytes[e - 1] == 0x0A || bytes[e - 1] == 0x0D || bytes[e - 1] == 0x20 {
            e -= 1
        }
        return SourceRange(start: range.start, end: file.position(atOffset: e))
    }

    private mutating func add(_ node: YAMLNode) -> YAMLSyntaxError? {
        if let anchor = node.anchor { anchors[anchor] = node }
        guard let top = stack.popLast() else {
            documentRoot = node
            return nil
        }
        switch top {
        case .sequence(let s, let tag, let anchor, let flow, var items):
            items.append(node)
            stack.append(.sequence(start: s, tag: tag, anchor: anchor, flow: flow, items: items))
        case .mapping(let s, let tag, let anchor, let flow, var items):
            items.append(node)
            stack.append(.mapping(start: s, tag: tag, anchor: anchor, flow: flow, items: items))
        }
        return nil
    }
}
