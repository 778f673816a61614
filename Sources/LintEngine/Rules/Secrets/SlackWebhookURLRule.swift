/// SEC006 — Slack webhook URL. Docs: `Rules/secrets/SEC006.md`; fixtures: `Fixtures/secrets/SEC006/`.
public struct SlackWebhookURLRule: SecretRule {
    public let id = "SEC006"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "slack-webhook-url", ruleID: "SEC006", label: "Slack incoming webhook URL",
            anchors: [.literal("hooks.slack.com/")],
            pattern: #"https?://hooks\.slack\.com/(?:services|workflows|triggers)/(T[A-Z0-9]{6,12}/[A-Z0-9]{6,12}/[A-Za-z0-9]{18,40}(?:/[A-Za-z0-9]{10,60})?)(?![A-Za-z0-9_-])"#
        ),
    ]
}
