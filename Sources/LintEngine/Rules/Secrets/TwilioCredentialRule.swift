/// SEC013 — Twilio credential. Docs: `Rules/secrets/SEC013.md`; fixtures: `Fixtures/secrets/SEC013/`.
public struct TwilioCredentialRule: SecretRule {
    public let id = "SEC013"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "twilio-api-key", ruleID: "SEC013", label: "Twilio API key SID",
            anchors: [.literal("SK0"), .literal("SK1"), .literal("SK2"), .literal("SK3"), .literal("SK4"), .literal("SK5"), .literal("SK6"), .literal("SK7"), .literal("SK8"), .literal("SK9"), .literal("SKa"), .literal("SKb"), .literal("SKc"), .literal("SKd"), .literal("SKe"), .literal("SKf")],
            pattern: #"(?<![A-Za-z0-9])(SK[0-9a-f]{32})(?![A-Za-z0-9])"#
        ),
        SecretDetector(
            name: "twilio-auth-token", ruleID: "SEC013", label: "Twilio auth token",
            anchors: [.keyword("twilio")],
            pattern: #"(?<![A-Za-z0-9_.-])((?i:[A-Za-z0-9_.-]*twilio[A-Za-z0-9_.-]*(?:auth[_.-]?token|token|secret)))["'\]]?[ \t]*(?::=|=>|=|:)[ \t]*["']?([0-9a-f]{32})(?![0-9A-Za-z])"#,
            secretGroups: [2], keyGroup: 1, confirmation: .keyedRandom
        ),
        SecretDetector(
            name: "twilio-account-credentials", ruleID: "SEC013", label: "Twilio auth token (with its Account SID)",
            anchors: [.keyword("twilio")],
            pattern: #"(?<![A-Za-z0-9])AC[0-9a-f]{32}:([0-9a-f]{32})(?![0-9A-Za-z])"#
        ),
    ]
}
