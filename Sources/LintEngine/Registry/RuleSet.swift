/// The rules one lint run may use, with their metadata. `RuleSet.registered` is every rule of `RuleRegistry`
/// with the docs of `RuleCatalog`; tests narrow it to one rule or pass rules of their own.
public struct RuleSet: Sendable {
    public var rules: [any Rule]
    /// Engine-level rule ids that may report (`SQ001`, `SQ002`, `SQ003`).
    public var engineRuleIDs: Set<String>
    /// Metadata by rule id; a rule without an entry gets `RuleMetadata.undocumented`.
    public var metadataByID: [String: RuleMetadata]

    public init(rules: [any Rule], engineRuleIDs: Set<String>, metadataByID: [String: RuleMetadata]) {
        self.rules = rules
        self.engineRuleIDs = engineRuleIDs
        self.metadataByID = metadataByID
    }

    public static let registered = RuleSet(
        rules: RuleRegistry.rules,
        engineRuleIDs: Set(RuleRegistry.engineRules.map(\.id)),
        metadataByID: RuleCatalog.metadata
    )

    /// Only the given ids (file-kind rules and engine rules alike).
    public func restricted(to ids: Set<String>) -> RuleSet {
        RuleSet(rules: rules.filter { ids.contains($0.id) }, engineRuleIDs: engineRuleIDs.intersection(ids), metadataByID: metadataByID)
    }

    public func metadata(for id: String) -> RuleMetadata {
        if let known = metadataByID[id] { return known }
        let kind = rules.first { $0.id == id }?.kind.rawValue ?? "engine"
        return .undocumented(id: id, kind: kind)
    }

    /// Metadata of every rule in the set, engine rules included, sorted by id: SARIF's `rules` array.
    public var allMetadata: [RuleMetadata] {
        Set(rules.map(\.id)).union(engineRuleIDs).sorted().map { metadata(for: $0) }
    }

    /// Ids a suppression may name without being "unknown": this set's and every registered one.
    public var knownIDs: Set<String> {
        Set(rules.map(\.id)).union(engineRuleIDs).union(RuleRegistry.allIDs).union(metadataByID.keys)
    }

    /// The one kind a known id reads; nil for engine rules, rules that read every kind, and unknown ids.
    func kind(of id: String) -> FileKind? {
        if let rule = rules.first(where: { $0.id == id }) ?? RuleRegistry.rules.first(where: { $0.id == id }) {
            return rule.fileKinds.count == 1 ? rule.kind : nil
        }
        return metadataByID[id].flatMap { FileKind(rawValue: $0.kind) }
    }
}
