/// SEC004 — GitLab token. Docs: `Rules/secrets/SEC004.md`; fixtures: `Fixtures/secrets/SEC004/`.
public struct GitLabTokenRule: SecretRule {
    public let id = "SEC004"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "gitlab-pat", ruleID: "SEC004", label: "GitLab personal access token",
            anchors: [.literal("glpat-")],
            pattern: #"(?<![A-Za-z0-9_-])(glpat-[A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9_-]+)*)(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "gitlab-pipeline-trigger-token", ruleID: "SEC004", label: "GitLab pipeline trigger token",
            anchors: [.literal("glptt-")],
            pattern: #"(?<![A-Za-z0-9_-])(glptt-[0-9a-f]{40})(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "gitlab-runner-registration-token", ruleID: "SEC004", label: "GitLab runner registration token",
            anchors: [.literal("GR1348941")],
            pattern: #"(?<![A-Za-z0-9_-])(GR1348941[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "gitlab-runner-authentication-token", ruleID: "SEC004", label: "GitLab runner authentication token",
            anchors: [.literal("glrt-")],
            pattern: #"(?<![A-Za-z0-9_-])(glrt-[A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9_-]+)*)(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "gitlab-deploy-token", ruleID: "SEC004", label: "GitLab deploy token",
            anchors: [.literal("gldt-")],
            pattern: #"(?<![A-Za-z0-9_-])(gldt-[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_-])"#
        ),
    ]
}
