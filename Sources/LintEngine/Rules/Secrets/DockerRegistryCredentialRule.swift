/// SEC016 — Docker registry credential. Docs: `Rules/secrets/SEC016.md`; fixtures: `Fixtures/secrets/SEC016/`.
public struct DockerRegistryCredentialRule: SecretRule {
    public let id = "SEC016"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "docker-hub-access-token", ruleID: "SEC016", label: "Docker Hub access token",
            anchors: [.literal("dckr_pat_"), .literal("dckr_oat_")],
            pattern: #"(?<![A-Za-z0-9_-])(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,})(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "docker-config-auth", ruleID: "SEC016", label: "Docker registry auth (base64 user:password)",
            anchors: [.literal("\"auth\"")],
            pattern: #""auth"[ \t]*:[ \t]*"([A-Za-z0-9+/=]{8,})""#,
            confirmation: .dockerConfigAuth
        ),
        SecretDetector(
            name: "docker-config-json", ruleID: "SEC016", label: "Docker registry credential in a .dockerconfigjson",
            anchors: [.literal(".dockerconfigjson"), .literal(".dockercfg")],
            pattern: #"\.docker(?:configjson|cfg)["']?[ \t]*:[ \t]*["']?([A-Za-z0-9+/=]{20,})"#,
            confirmation: .dockerConfigJSON
        ),
    ]
}
