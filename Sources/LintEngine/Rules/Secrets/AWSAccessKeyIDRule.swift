/// SEC001 — AWS access key ID. Docs: `Rules/secrets/SEC001.md`; fixtures: `Fixtures/secrets/SEC001/`.
public struct AWSAccessKeyIDRule: SecretRule {
    public let id = "SEC001"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "aws-access-key-id", ruleID: "SEC001", label: "AWS access key ID",
            anchors: [.literal("AKIA"), .literal("ASIA"), .literal("ABIA"), .literal("ACCA")],
            pattern: #"(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])"#
        ),
    ]
}
