/// SEC020 — Anthropic API key. Docs: `Rules/secrets/SEC020.md`; fixtures: `Fixtures/secrets/SEC020/`.
public struct AnthropicAPIKeyRule: SecretRule {
    public let id = "SEC020"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "anthropic-api-key", ruleID: "SEC020", label: "Anthropic API key",
            anchors: [.literal("sk-ant-")],
            pattern: #"(?<![A-Za-z0-9_-])(sk-ant-(?:api|admin|oat)[0-9]{2}-[A-Za-z0-9_-]{80,})(?![A-Za-z0-9_-])"#
        ),
    ]
}
