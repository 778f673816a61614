import DeploySyntax

/// A value read from `deployment.yaml` together with where it was written.
///
/// `range` covers the value (for an alias: the alias); `keyRange` covers the key it was written under, so a
/// message can point at either.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    public var value: Value
    public var range: SourceRange
    public var keyRange: SourceRange?

    public init(_ value: Value, range: SourceRange, keyRange: SourceRange? = nil) {
        self.value = value
        self.range = range
        self.keyRange = keyRange
    }

    /// The same place holding another value.
    public func map<Other>(_ transform: (Value) -> Other) -> Located<Other> {
        Located<Other>(transform(value), range: range, keyRange: keyRange)
    }
}
