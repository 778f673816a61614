/// SEC026 — DigitalOcean token. Docs: `Rules/secrets/SEC026.md`; fixtures: `Fixtures/secrets/SEC026/`.
public struct DigitalOceanTokenRule: SecretRule {
    public let id = "SEC026"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "digitalocean-token", ruleID: "SEC026", label: "DigitalOcean token",
            anchors: [.literal("dop_v1_"), .literal("doo_v1_"), .literal("dor_v1_")],
            pattern: #"(?<![A-Za-z0-9_-])(do[opr]_v1_[a-f0-9]{64})(?![A-Za-z0-9_-])"#
        ),
    ]
}
