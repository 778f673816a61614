/// SEC027 — HashiCorp Vault or Terraform Cloud token. Docs: `Rules/secrets/SEC027.md`; fixtures: `Fixtures/secrets/SEC027/`.
public struct HashiCorpTokenRule: SecretRule {
    public let id = "SEC027"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "vault-token", ruleID: "SEC027", label: "HashiCorp Vault token",
            anchors: [.literal("hvs."), .literal("hvb.")],
            pattern: #"(?<![A-Za-z0-9_-])(hv[sb]\.[A-Za-z0-9_-]{90,})(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "terraform-cloud-token", ruleID: "SEC027", label: "Terraform Cloud / HCP Terraform API token",
            anchors: [.literal(".atlasv1.")],
            pattern: #"(?<![A-Za-z0-9_-])([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{60,70})(?![A-Za-z0-9_-])"#
        ),
    ]
}
