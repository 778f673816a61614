/// SEC022 — Heroku API key. Docs: `Rules/secrets/SEC022.md`; fixtures: `Fixtures/secrets/SEC022/`.
public struct HerokuAPIKeyRule: SecretRule {
    public let id = "SEC022"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "heroku-api-key", ruleID: "SEC022", label: "Heroku API key",
            anchors: [.literal("HRKU-")],
            pattern: #"(?<![A-Za-z0-9_-])(HRKU-[A-Za-z0-9_-]{40,80})(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "heroku-api-key-legacy", ruleID: "SEC022", label: "Heroku API key",
            anchors: [.keyword("heroku")],
            pattern: #"(?<![A-Za-z0-9_.-])((?i:[A-Za-z0-9_.-]*heroku[A-Za-z0-9_.-]*(?:api[_.-]?key|token|secret|key)))["'\]]?[ \t]*(?::=|=>|=|:)[ \t]*["']?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![0-9A-Za-z-])"#,
            secretGroups: [2], keyGroup: 1, confirmation: .keyedRandom
        ),
    ]
}
