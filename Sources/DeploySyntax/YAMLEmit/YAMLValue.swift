/// A YAML document to write: a tree of values whose mappings keep their order, with comments where asked.
///
/// The generator builds these instead of pasting text; `YAMLEmitter` decides quoting so every string reads back
/// as the same string under YAML 1.1 and YAML 1.2 parsers alike.
public indirect enum YAMLValue: Sendable, Hashable {
    case string(String)
    /// A string written as a block literal (`|`) when its content allows it, quoted otherwise.
    case literal(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case sequence([Item], style: CollectionStyle = .block)
    case mapping([Entry])

    /// How a sequence is laid out. Flow sequences (`["CMD", "pg_isready"]`) hold scalars only; any collection
    /// inside one makes the emitter fall back to block style.
    public enum CollectionStyle: Sendable, Hashable {
        case block
        case flow
    }

    /// One key/value pair of a mapping, with optional comment lines written above it.
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: YAMLValue
        /// Comment text written as `# …` lines above the entry; `\n` separates lines.
        public var comment: String?
        /// An empty line before the entry (and before its comment), to separate sections.
        public var blankLineBefore: Bool

        public init(_ key: String, _ value: YAMLValue, comment: String? = nil, blankLineBefore: Bool = false) {
            self.key = key
            self.value = value
            self.comment = comment
            self.blankLineBefore = blankLineBefore
        }
    }

    /// One item of a sequence, with optional comment lines written above it.
    public struct Item: Sendable, Hashable {
        public var value: YAMLValue
        public var comment: String?

        public init(_ value: YAMLValue, comment: String? = nil) {
            self.value = value
            self.comment = comment
        }
    }

    /// A block sequence of plain values.
    public static func list(_ values: [YAMLValue]) -> YAMLValue {
        .sequence(values.map { Item($0) })
    }

    /// A flow sequence of strings, e.g. a compose `healthcheck.test` or `command`.
    public static func flowList(_ strings: [String]) -> YAMLValue {
        .sequence(strings.map { Item(.string($0)) }, style: .flow)
    }

    /// A mapping from ordered key/value pairs without comments.
    public static func map(_ pairs: KeyValuePairs<String, YAMLValue>) -> YAMLValue {
        .mapping(pairs.map { Entry($0.key, $0.value) })
    }

    /// The entries when this is a mapping, otherwise nil.
    public var entries: [Entry]? {
        if case .mapping(let entries) = self { return entries }
        return nil
    }

    /// The value at `key` when this is a mapping.
    public subscript(key: String) -> YAMLValue? {
        entries?.first { $0.key == key }?.value
    }
}

extension YAMLValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension YAMLValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension YAMLValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension YAMLValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension YAMLValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: YAMLValue...) { self = .list(elements) }
}

extension YAMLValue: ExpressibleByDictionaryLiteral {
    /// Dictionary literals keep their written order: they become an ordered mapping.
    public init(dictionaryLiteral elements: (String, YAMLValue)...) {
        self = .mapping(elements.map { Entry($0.0, $0.1) })
    }
}

/// A whole YAML file: comment lines at the top, then one or more documents.
public struct YAMLFile: Sendable, Hashable {
    /// Lines written as `# …` before the first document.
    public var headerComment: String?
    public var documents: [YAMLValue]

    public init(headerComment: String? = nil, documents: [YAMLValue]) {
        self.headerComment = headerComment
        self.documents = documents
    }

    public init(headerComment: String? = nil, _ root: YAMLValue) {
        self.init(headerComment: headerComment, documents: [root])
    }
}
