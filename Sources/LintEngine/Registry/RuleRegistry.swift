/// The one list of every rule the linter knows. Adding a rule adds one line here, its Swift file in
/// `Sources/LintEngine/Rules/<Kind>/`, its doc in `Rules/<kind>/<ID>.md` and its fixtures in
/// `Fixtures/<kind>/<ID>/`; `RuleCatalogTests` checks that the four agree.
public enum RuleRegistry {
    /// Checks over parsed files, grouped by kind, sorted by id within a kind. Typed lists are upcast element by
    /// element (`.map { $0 as any Rule }`): an array-level `as [any Rule]` is a runtime cast per element, which
    /// costs milliseconds at every start.
    public static let rules: [any Rule] = [
        // Dockerfile (DF) — Sources/LintEngine/Rules/Dockerfile/

        // Compose (DC)

        // Kubernetes (K8S)

        // GitHub Actions workflows (GHA)

        // Terraform / OpenTofu (TF)

        // Secrets (SEC)
    ]
        + DockerfileRules.all.map { $0 as any Rule }  // DF001–DF034, Sources/LintEngine/Rules/Dockerfile/DockerfileRules.swift
        + KubernetesRules.all  // K8S001–K8S036, Sources/LintEngine/Rules/Kubernetes/KubernetesRules.swift
        + ComposeRules.all  // DC001–DC025, Sources/LintEngine/Rules/Compose/ComposeRules.swift
        + WorkflowRules.all  // GHA001–GHA017, Sources/LintEngine/Rules/Workflow/WorkflowRules.swift
        + TerraformRules.all  // TF001–TF051, Sources/LintEngine/Rules/Terraform/TerraformRules.swift
        + SecretRules.all.map { $0 as any Rule }  // SEC001–SEC029, every kind, Sources/LintEngine/Rules/Secrets/SecretRules.swift

    /// Findings the engine itself reports, for every kind: documented in `Rules/engine/`.
    public static let engineRules: [EngineRule] = [
        .parseError,
        .suppressionWithoutReason,
        .unusedSuppression,
    ]

    /// Every registered id, engine rules included, sorted.
    public static let allIDs: [String] = (rules.map(\.id) + engineRules.map(\.id)).sorted()

    /// The file kinds that have at least one registered rule.
    public static let kindsWithRules: Set<FileKind> = Set(rules.map(\.kind))
}

/// A finding the engine reports itself rather than a check over one kind's model.
public struct EngineRule: Sendable, Hashable {
    public let id: String

    public init(id: String) { self.id = id }

    /// SQ001: the file does not parse (or is not UTF-8 text).
    public static let parseError = EngineRule(id: "SQ001")
    /// SQ002: a suppression comment gives no `reason="…"`.
    public static let suppressionWithoutReason = EngineRule(id: "SQ002")
    /// SQ003: a suppression comment silences nothing (or names an unknown rule).
    public static let unusedSuppression = EngineRule(id: "SQ003")
}
