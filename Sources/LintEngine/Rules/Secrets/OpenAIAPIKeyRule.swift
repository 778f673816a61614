/// SEC019 — OpenAI API key. Docs: `Rules/secrets/SEC019.md`; fixtures: `Fixtures/secrets/SEC019/`.
public struct OpenAIAPIKeyRule: SecretRule {
    public let id = "SEC019"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "openai-api-key", ruleID: "SEC019", label: "OpenAI API key",
            anchors: [.literal("T3BlbkFJ")],
            pattern: #"(?<![A-Za-z0-9_-])(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "openai-project-key", ruleID: "SEC019", label: "OpenAI project API key",
            anchors: [.literal("sk-proj-"), .literal("sk-svcacct-"), .literal("sk-admin-")],
            pattern: #"(?<![A-Za-z0-9_-])(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,})(?![A-Za-z0-9_-])"#
        ),
    ]
}
