/// SEC009 — Google OAuth client secret. Docs: `Rules/secrets/SEC009.md`; fixtures: `Fixtures/secrets/SEC009/`.
public struct GoogleOAuthClientSecretRule: SecretRule {
    public let id = "SEC009"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "google-oauth-client-secret", ruleID: "SEC009", label: "Google OAuth client secret",
            anchors: [.literal("GOCSPX-")],
            pattern: #"(?<![A-Za-z0-9_-])(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])"#
        ),
    ]
}
