/// SEC003 — GitHub token. Docs: `Rules/secrets/SEC003.md`; fixtures: `Fixtures/secrets/SEC003/`.
public struct GitHubTokenRule: SecretRule {
    public let id = "SEC003"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "github-pat-classic", ruleID: "SEC003", label: "GitHub personal access token (classic)",
            anchors: [.literal("ghp_")],
            pattern: #"(?<![A-Za-z0-9_-])(ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "github-pat-fine-grained", ruleID: "SEC003", label: "GitHub fine-grained personal access token",
            anchors: [.literal("github_pat_")],
            pattern: #"(?<![A-Za-z0-9_-])(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "github-oauth-token", ruleID: "SEC003", label: "GitHub OAuth access token",
            anchors: [.literal("gho_")],
            pattern: #"(?<![A-Za-z0-9_-])(gho_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "github-app-token", ruleID: "SEC003", label: "GitHub App token",
            anchors: [.literal("ghu_"), .literal("ghs_")],
            pattern: #"(?<![A-Za-z0-9_-])((?:ghu|ghs)_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "github-refresh-token", ruleID: "SEC003", label: "GitHub refresh token",
            anchors: [.literal("ghr_")],
            pattern: #"(?<![A-Za-z0-9_-])(ghr_[A-Za-z0-9]{36,76})(?![A-Za-z0-9_-])"#
        ),
    ]
}
