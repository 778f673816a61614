/// SEC021 — Hugging Face token. Docs: `Rules/secrets/SEC021.md`; fixtures: `Fixtures/secrets/SEC021/`.
public struct HuggingFaceTokenRule: SecretRule {
    public let id = "SEC021"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "huggingface-access-token", ruleID: "SEC021", label: "Hugging Face access token",
            anchors: [.literal("hf_")],
            pattern: #"(?<![A-Za-z0-9_-])(hf_[A-Za-z]{34})(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "huggingface-org-token", ruleID: "SEC021", label: "Hugging Face organization token",
            anchors: [.literal("api_org_")],
            pattern: #"(?<![A-Za-z0-9_-])(api_org_[A-Za-z]{34})(?![A-Za-z0-9_-])"#
        ),
    ]
}
