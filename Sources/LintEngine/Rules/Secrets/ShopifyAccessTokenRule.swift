/// SEC025 — Shopify access token. Docs: `Rules/secrets/SEC025.md`; fixtures: `Fixtures/secrets/SEC025/`.
public struct ShopifyAccessTokenRule: SecretRule {
    public let id = "SEC025"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "shopify-access-token", ruleID: "SEC025", label: "Shopify access token",
            anchors: [.literal("shpat_"), .literal("shpca_"), .literal("shppa_"), .literal("shpss_")],
            pattern: #"(?<![A-Za-z0-9_-])(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})(?![A-Za-z0-9_-])"#
        ),
    ]
}
