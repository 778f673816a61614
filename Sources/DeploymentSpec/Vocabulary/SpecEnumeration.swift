/// A closed set of words a `deployment.yaml` key accepts, such as the frameworks or the patterns.
///
/// The raw value is the canonical spelling; `aliases` lists other accepted spellings (`nodejs` for `node`).
/// The shape table, the decoder, the JSON Schema and error messages all read the same list.
public protocol SpecEnumeration: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// What one value is called in messages: "framework", "pattern".
    static var noun: String { get }
    /// Other accepted spellings and what they mean.
    static var aliases: [String: Self] { get }
}

extension SpecEnumeration {
    public static var aliases: [String: Self] { [:] }

    /// The value for a spelling, canonical or alias; nil when the text names nothing.
    public static func parse(_ text: String) -> Self? {
        Self(rawValue: text) ?? aliases[text]
    }

    /// Canonical spellings in declaration order: what messages list as allowed.
    public static var canonicalSpellings: [String] { allCases.map(\.rawValue) }

    /// Every accepted spelling: canonical ones first, then aliases in alphabetical order.
    public static var acceptedSpellings: [String] { canonicalSpellings + aliases.keys.sorted() }

    /// The vocabulary the shape table checks values against.
    static var vocabulary: Vocabulary {
        Vocabulary(noun: noun, canonical: canonicalSpellings, aliases: aliases.keys.sorted())
    }
}
