/// How a scalar was written; quoted and block scalars are always strings.
public enum YAMLScalarStyle: String, Sendable, Hashable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
}

/// A scalar exactly as written, before any type resolution.
public struct YAMLScalar: Hashable, Sendable {
    public var value: String
    public var style: YAMLScalarStyle

    public init(value: String, style: YAMLScalarStyle = .plain) {
        self.value = value
        self.style = style
    }
}

/// One key/value pair of a mapping.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
    /// Where the `<<` merge key that brought this pair in stands; nil for pairs written in the mapping itself.
    public var mergeKeyRange: SourceRange?

    public init(key: YAMLNode, value: YAMLNode, mergeKeyRange: SourceRange? = nil) {
        self.key = key
        self.value = value
        self.mergeKeyRange = mergeKeyRange
    }

    /// The key's text when the key is a scalar.
    public var keyString: String? { key.scalar?.value }
}

/// A node of the positioned YAML tree: every node knows the range of source it came from.
///
/// Aliases are resolved: an alias becomes a copy of its anchored node whose `aliasRange` says where the
/// alias stood, while `range` still points at the anchored content. Merge keys are resolved into the
/// mapping's pairs, each marked with the range of its `<<`.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    public var range: SourceRange
    /// The explicit tag, with handles expanded (`!!str` becomes `tag:yaml.org,2002:str`); nil when implicit.
    public var tag: String?
    public var anchor: String?
    /// Set when this node was reached through an alias: where the `*alias` stands.
    public var aliasRange: SourceRange?
    /// True for flow collections (`[a, b]`, `{a: b}`).
    public var isFlow: Bool
    /// Number of nodes in this subtree, counting alias copies; bounds alias expansion.
    public var weight: Int

    public init(
        content: Content,
        range: SourceRange,
        tag: String? = nil,
        anchor: String? = nil,
        aliasRange: SourceRange? = nil,
        isFlow: Bool = false,
        weight: Int = 1
    ) {
        self.content = content
        self.range = range
        self.tag = tag
        self.anchor = anchor
        self.aliasRange = aliasRange
        self.isFlow = isFlow
        self.weight = weight
    }

    /// The place to point at in a message about this node: the alias when reached through one.
    public var reportRange: SourceRange { aliasRange ?? range }

    public var scalar: YAMLScalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    /// The scalar's text, or nil for collections.
    public var string: String? { scalar?.value }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    public var isScalar: Bool { scalar != nil }
    public var isSequence: Bool { sequence != nil }
    public var isMapping: Bool { mapping != nil }

    /// The pair whose scalar key equals `key`.
    public func pair(_ key: String) -> YAMLPair? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs.first { $0.key.scalar?.value == key }
    }

    /// The value for a scalar key, or nil when absent or when this is not a mapping.
    public subscript(key: String) -> YAMLNode? { pair(key)?.value }

    /// The value at a path of keys.
    public subscript(path keys: String...) -> YAMLNode? {
        var node: YAMLNode? = self
        for key in keys { node = node?[key] }
        return node
    }

    /// The scalar resolved under a schema; nil for collections.
    public func resolved(_ schema: YAMLSchema = .yaml11) -> YAMLScalarValue? {
        guard let scalar else { return nil }
        return YAMLScalarResolver.resolve(scalar, tag: tag, schema: schema)
    }

    /// True for an explicit or implicit null (`~`, `null`, nothing at all).
    public var isNull: Bool {
        if case .null = resolved(.core) { return true }
        return false
    }

    /// A short name for the node's kind, for messages ("a mapping", "a string").
    public var kindDescription: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar:
            switch resolved(.core) {
            case .null?: return "null"
            case .bool?: return "a boolean"
            case .int?: return "an integer"
            case .float?: return "a number"
            default: return "a string"
            }
        }
    }
}

/// One `---`-separated document of a stream.
public struct YAMLDocument: Sendable {
    public var root: YAMLNode
    public var range: SourceRange
    /// Zero-based index of the document in its stream.
    public var index: Int

    public init(root: YAMLNode, range: SourceRange, index: Int) {
        self.root = root
        self.range = range
        self.index = index
    }
}

/// A parsed YAML file: its documents and the non-fatal problems found while building them (duplicate keys).
public struct YAMLStream: Sendable {
    public var file: SourceFile
    public var documents: [YAMLDocument]
    public var diagnostics: [Diagnostic]

    public init(file: SourceFile, documents: [YAMLDocument], diagnostics: [Diagnostic]) {
        self.file = file
        self.documents = documents
        self.diagnostics = diagnostics
    }
}
