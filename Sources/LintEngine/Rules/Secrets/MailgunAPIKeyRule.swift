/// SEC024 — Mailgun API key. Docs: `Rules/secrets/SEC024.md`; fixtures: `Fixtures/secrets/SEC024/`.
public struct MailgunAPIKeyRule: SecretRule {
    public let id = "SEC024"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "mailgun-api-key", ruleID: "SEC024", label: "Mailgun API key",
            anchors: [.literal("key-")],
            pattern: #"(?<![A-Za-z0-9_-])(key-[0-9a-f]{32})(?![0-9A-Za-z])"#
        ),
    ]
}
