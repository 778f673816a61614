/// SEC015 — PyPI API token. Docs: `Rules/secrets/SEC015.md`; fixtures: `Fixtures/secrets/SEC015/`.
public struct PyPITokenRule: SecretRule {
    public let id = "SEC015"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "pypi-token", ruleID: "SEC015", label: "PyPI API token",
            anchors: [.literal("pypi-AgE")],
            pattern: #"(?<![A-Za-z0-9_-])(pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,})(?![A-Za-z0-9_-])"#
        ),
    ]
}
