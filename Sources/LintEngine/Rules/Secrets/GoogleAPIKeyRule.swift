/// SEC008 — Google API key. Docs: `Rules/secrets/SEC008.md`; fixtures: `Fixtures/secrets/SEC008/`.
public struct GoogleAPIKeyRule: SecretRule {
    public let id = "SEC008"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "google-api-key", ruleID: "SEC008", label: "Google API key",
            anchors: [.literal("AIza")],
            pattern: #"(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])"#
        ),
    ]
}
