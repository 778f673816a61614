/// SEC007 — Stripe live API key. Docs: `Rules/secrets/SEC007.md`; fixtures: `Fixtures/secrets/SEC007/`.
public struct StripeLiveKeyRule: SecretRule {
    public let id = "SEC007"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "stripe-live-secret-key", ruleID: "SEC007", label: "Stripe live secret key",
            anchors: [.literal("sk_live_")],
            pattern: #"(?<![A-Za-z0-9_-])(sk_live_[A-Za-z0-9]{20,247})(?![A-Za-z0-9_-])"#
        ),
        SecretDetector(
            name: "stripe-live-restricted-key", ruleID: "SEC007", label: "Stripe live restricted key",
            anchors: [.literal("rk_live_")],
            pattern: #"(?<![A-Za-z0-9_-])(rk_live_[A-Za-z0-9]{20,247})(?![A-Za-z0-9_-])"#
        ),
    ]
}
