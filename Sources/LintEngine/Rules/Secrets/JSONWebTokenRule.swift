/// SEC011 — JSON Web Token. Docs: `Rules/secrets/SEC011.md`; fixtures: `Fixtures/secrets/SEC011/`.
public struct JSONWebTokenRule: SecretRule {
    public let id = "SEC011"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "jwt", ruleID: "SEC011", label: "JSON Web Token",
            anchors: [.literal("eyJ")],
            pattern: #"(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,})(?![A-Za-z0-9_-])"#,
            confirmation: .jsonWebToken
        ),
    ]
}
