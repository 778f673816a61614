/// SEC023 — Datadog API or application key. Docs: `Rules/secrets/SEC023.md`; fixtures: `Fixtures/secrets/SEC023/`.
public struct DatadogAPIKeyRule: SecretRule {
    public let id = "SEC023"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "datadog-api-key", ruleID: "SEC023", label: "Datadog API or application key",
            anchors: [.keyword("datadog"), .keyword("dd_api"), .keyword("dd_app"), .keyword("ddapi"), .keyword("ddapp"), .keyword("dd-api"), .keyword("dd-app")],
            pattern: #"(?<![A-Za-z0-9_.-])((?i:[A-Za-z0-9_.-]*?(?:datadog|dd)[_.-]?(?:api|app(?:lication)?)[_.-]?key))["'\]]?[ \t]*(?::=|=>|=|:)[ \t]*["']?([0-9a-f]{40}|[0-9a-f]{32})(?![0-9A-Za-z])"#,
            secretGroups: [2], keyGroup: 1, confirmation: .keyedRandom
        ),
    ]
}
