import DeploySyntax

/// Reads typed, located values out of one mapping of an already validated tree.
///
/// Every accessor returns nil when the key is absent or its value has the wrong shape: `ShapeValidator` has
/// reported those already, so the decoder only picks up what is well-formed.
struct FieldReader {
    let node: YAMLNode

    init?(_ node: YAMLNode?) {
        guard let node, node.isMapping else { return nil }
        self.node = node
    }

    func pair(_ key: String) -> YAMLPair? { node.pair(key) }

    func string(_ key: String) -> Located<String>? {
        pair(key).flatMap(Self.string)
    }

    func text(_ key: String) -> Located<String>? {
        pair(key).flatMap(Self.text)
    }

    func int(_ key: String) -> Located<Int>? {
        guard let pair = pair(key), case .int(let n)? = pair.value.resolved(.core) else { return nil }
        return Self.locate(n, pair)
    }

    func flag(_ key: String) -> Located<Bool>? {
        guard let pair = pair(key), let value = FlagWords.value(of: pair.value) else { return nil }
        return Self.locate(value, pair)
    }

    func word<E: SpecEnumeration>(_ key: String, as type: E.Type = E.self) -> Located<E>? {
        guard let pair = pair(key), case .string(let text)? = pair.value.resolved(.core), let value = E.parse(text) else { return nil }
        return Self.locate(value, pair)
    }

    func strings(_ key: String) -> [Located<String>]? {
        guard let items = pair(key)?.value.sequence else { return nil }
        return items.compactMap { item in
            guard case .string(let text)? = item.resolved(.core) else { return nil }
            return Located(text, range: item.reportRange)
        }
    }

    func child(_ key: String) -> FieldReader? { FieldReader(pair(key)?.value) }

    /// A nested settings block `key:` made at the key's range and filled from its fields when the value is a
    /// mapping (a malformed value, already reported, leaves the block empty); nil when the key is absent.
    func section<Section>(_ key: String, _ make: (SourceRange) -> Section,
                          fill: (FieldReader, inout Section) -> Void) -> Section? {
        guard let pair = pair(key) else { return nil }
        var section = make(pair.key.reportRange)
        if let inner = FieldReader(pair.value) { fill(inner, &section) }
        return section
    }

    // MARK: - Pair-level helpers

    static func locate<Value>(_ value: Value, _ pair: YAMLPair) -> Located<Value> {
        Located(value, range: pair.value.reportRange, keyRange: pair.key.reportRange)
    }

    static func string(_ pair: YAMLPair) -> Located<String>? {
        guard case .string(let text)? = pair.value.resolved(.core) else { return nil }
        return locate(text, pair)
    }

    /// A scalar's text as written, for versions and environment values: `3.10` stays `3.10`.
    static func text(_ pair: YAMLPair) -> Located<String>? {
        guard let scalar = pair.value.scalar, !pair.value.isNull || scalar.style != .plain else { return nil }
        return locate(scalar.value, pair)
    }
}
