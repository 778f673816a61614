/// What a value of `deployment.yaml` may be: the one table that drives validation, the JSON Schema and the
/// key suggestions. `DeploymentShape` holds the table; `ShapeValidator` checks a YAML tree against it and
/// `JSONSchemaBuilder` writes it out as a schema, so the two cannot disagree.
public indirect enum SpecShape: Sendable {
    /// A string, optionally restricted to a vocabulary or a format.
    case string(StringRule)
    /// A version as written, string or number (`"3.13"`, `24`): the text is kept so `3.10` stays `3.10`.
    case versionText
    /// A whole number in a range; `unit` names it in messages ("days").
    case integer(ClosedRange<Int>, unit: String?)
    /// Any number in a range.
    case number(ClosedRange<Double>, unit: String?)
    /// A boolean; the words yes/no/on/off/enabled/disabled are accepted too (see `FlagWords`).
    case flag
    /// Any scalar, kept as text: an environment variable's value.
    case anyScalar
    case object(ObjectShape)
    case list(SpecShape, minItems: Int)
    /// One of several forms, such as the shorthand `monitoring: standard` or a mapping.
    case choice([SpecShape])
    /// A shape with a name: written once under `definitions` in the JSON Schema and referenced elsewhere.
    case named(String, SpecShape)

    /// Unwraps `.named`.
    var base: SpecShape {
        if case .named(_, let inner) = self { return inner.base }
        return self
    }
}

/// What a string must look like.
public enum StringRule: Sendable {
    case any
    case vocabulary(Vocabulary)
    case format(StringFormat)
}

/// The words a key accepts: canonical ones (listed in messages) and silently accepted aliases.
public struct Vocabulary: Sendable {
    public var noun: String
    public var canonical: [String]
    public var aliases: [String]

    public init(noun: String, canonical: [String], aliases: [String] = []) {
        self.noun = noun
        self.canonical = canonical
        self.aliases = aliases
    }

    public var all: [String] { canonical + aliases }

    func contains(_ word: String) -> Bool { canonical.contains(word) || aliases.contains(word) }
}

/// One key of a mapping.
public struct FieldShape: Sendable {
    public var key: String
    public var shape: SpecShape
    public var summary: String
    public var isRequired: Bool

    public init(_ key: String, _ shape: SpecShape, _ summary: String, required: Bool = false) {
        self.key = key
        self.shape = shape
        self.summary = summary
        self.isRequired = required
    }
}

/// A mapping with known keys, or a map whose keys follow a format (environment variables).
public struct ObjectShape: Sendable {
    public var fields: [FieldShape]
    /// For maps with free keys: what each key and value must be.
    public var otherKeys: OtherKeys?
    /// At least and at most this many keys (a trigger names exactly one event).
    public var keyCount: ClosedRange<Int>?
    /// What one such mapping is called in messages ("trigger").
    public var noun: String?
    /// Keys starting with `x-` are the user's own (anchors to reuse with `<<`), as in Compose files.
    public var allowsExtensionKeys: Bool

    public init(_ fields: [FieldShape], otherKeys: OtherKeys? = nil, keyCount: ClosedRange<Int>? = nil, noun: String? = nil,
                allowsExtensionKeys: Bool = false) {
        self.fields = fields
        self.otherKeys = otherKeys
        self.keyCount = keyCount
        self.noun = noun
        self.allowsExtensionKeys = allowsExtensionKeys
    }

    func field(_ key: String) -> FieldShape? { fields.first { $0.key == key } }
}

/// The free keys of a map: their format and the shape of their values.
public struct OtherKeys: Sendable {
    public var keyFormat: StringFormat
    public var value: SpecShape

    public init(keyFormat: StringFormat, value: SpecShape) {
        self.keyFormat = keyFormat
        self.value = value
    }
}
