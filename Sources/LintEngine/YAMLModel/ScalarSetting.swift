import DeploySyntax

/// A scalar setting of a YAML kind's model (compose, GitHub workflows) with where it was written: the value's
/// node and, for a mapping value, its key. Kind-specific readings (compose interpolation, workflow
/// expressions) are extensions beside each model.
public struct ScalarSetting: Sendable {
    public var text: String
    public var node: YAMLNode
    /// The key this value belongs to, when it is a mapping value.
    public var key: YAMLNode?

    public init(text: String, node: YAMLNode, key: YAMLNode? = nil) {
        self.text = text
        self.node = node
        self.key = key
    }

    /// The value of `key: value` when it is a non-null scalar; nil otherwise.
    init?(_ pair: YAMLPair) {
        guard let text = pair.value.string, !ScalarText.isNull(pair.value) else { return nil }
        self.init(text: text, node: pair.value, key: pair.key)
    }

    /// The scalar items of a value that may be one scalar or a list (`needs: build` or `needs: [build, test]`).
    static func items(of node: YAMLNode) -> [ScalarSetting] {
        ScalarText.scalarItems(node).map { ScalarSetting(text: $0.string ?? "", node: $0) }
    }

    /// The value's range (the alias when reached through one).
    public var range: SourceRange { node.reportRange }
    /// From the key to the end of the value: `privileged: true`.
    public var pairRange: SourceRange { key.map { $0.reportRange.union(node.reportRange) } ?? node.reportRange }
}
