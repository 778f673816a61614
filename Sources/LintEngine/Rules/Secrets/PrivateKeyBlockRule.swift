/// SEC010 — Private key block. Docs: `Rules/secrets/SEC010.md`; fixtures: `Fixtures/secrets/SEC010/`.
public struct PrivateKeyBlockRule: SecretRule {
    public let id = "SEC010"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "private-key", ruleID: "SEC010", label: "private key block",
            anchors: [.literal("PRIVATE KEY")],
            pattern: #"-----BEGIN[ ]((?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP|SSH2 ENCRYPTED)[ ])?PRIVATE[ ]KEY(?:[ ]BLOCK)?-----"#,
            secretGroups: [0], confirmation: .privateKeyBlock
        ),
    ]
}
