/// SEC005 — Slack token. Docs: `Rules/secrets/SEC005.md`; fixtures: `Fixtures/secrets/SEC005/`.
public struct SlackTokenRule: SecretRule {
    public let id = "SEC005"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "slack-bot-token", ruleID: "SEC005", label: "Slack bot token",
            anchors: [.literal("xoxb-")],
            pattern: #"(?<![A-Za-z0-9_-])(xoxb-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{20,40})(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "slack-user-token", ruleID: "SEC005", label: "Slack user token",
            anchors: [.literal("xoxp-")],
            pattern: #"(?<![A-Za-z0-9_-])(xoxp-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{28,40})(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "slack-app-token", ruleID: "SEC005", label: "Slack app-level token",
            anchors: [.literal("xapp-")],
            pattern: #"(?<![A-Za-z0-9_-])(xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{8,15}-[A-Za-z0-9]{32,80})(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "slack-legacy-token", ruleID: "SEC005", label: "Slack legacy or workspace token",
            anchors: [.literal("xoxa-"), .literal("xoxo-"), .literal("xoxr-"), .literal("xoxs-")],
            pattern: #"(?<![A-Za-z0-9_-])(xox[aors]-(?:[0-9]+-){1,4}[A-Za-z0-9]{16,64})(?![A-Za-z0-9_-])"#
        ),
    ]
}
