/// SEC028 — age secret key. Docs: `Rules/secrets/SEC028.md`; fixtures: `Fixtures/secrets/SEC028/`.
public struct AgeSecretKeyRule: SecretRule {
    public let id = "SEC028"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "age-secret-key", ruleID: "SEC028", label: "age secret key",
            anchors: [.literal("AGE-SECRET-KEY-1")],
            pattern: #"(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])"#
        ),
    ]
}
