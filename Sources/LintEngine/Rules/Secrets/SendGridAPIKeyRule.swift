/// SEC012 — SendGrid API key. Docs: `Rules/secrets/SEC012.md`; fixtures: `Fixtures/secrets/SEC012/`.
public struct SendGridAPIKeyRule: SecretRule {
    public let id = "SEC012"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "sendgrid-api-key", ruleID: "SEC012", label: "SendGrid API key",
            anchors: [.literal("SG.")],
            pattern: #"(?<![A-Za-z0-9_-])(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])"#
        ),
    ]
}
