/// SEC014 — npm token. Docs: `Rules/secrets/SEC014.md`; fixtures: `Fixtures/secrets/SEC014/`.
public struct NpmTokenRule: SecretRule {
    public let id = "SEC014"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "npm-access-token", ruleID: "SEC014", label: "npm access token",
            anchors: [.literal("npm_")],
            pattern: #"(?<![A-Za-z0-9_-])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "npmrc-auth-token", ruleID: "SEC014", label: "npm registry credential",
            anchors: [.literal("_authToken"), .literal("_auth"), .literal("_password")],
            pattern: #"(?:^|(?<=[:\s"']))(_authToken|_auth|_password)[ \t]*=[ \t]*["']?([A-Za-z0-9._~+/=-]{8,})(?![A-Za-z0-9._~+/=-])"#,
            secretGroups: [2], keyGroup: 1, confirmation: .keyedRandom
        ),
    ]
}
