/// SEC029 — Literal high-entropy secret assigned to a secret-named key. Docs: `Rules/secrets/SEC029.md`
/// (entropy threshold, placeholders, comment policy); fixtures: `Fixtures/secrets/SEC029/`.
public struct GenericSecretAssignmentRule: SecretRule {
    public let id = "SEC029"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    /// Words that make a key name a secret's: `DB_PASSWORD`, `clientSecret`, `api-key`, `SIGNING_KEY`…
    static let keyword = #"(?i:password|passwd|passphrase|secret|token|api[_.-]?key|access[_.-]?key|private[_.-]?key|auth[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key)"#
    /// A whole key holding one of the words.
    static let key = #"[A-Za-z0-9_.-]*"# + keyword + #"[A-Za-z0-9_.-]*"#
    static let anchors: [SecretAnchor] = [
        "password", "passwd", "passphrase", "secret", "token",
        "api_key", "apikey", "api-key", "api.key", "access_key", "accesskey", "access-key", "access.key",
        "private_key", "privatekey", "private-key", "private.key", "auth_key", "authkey", "auth-key",
        "signing_key", "signingkey", "signing-key", "encryption_key", "encryptionkey", "encryption-key",
        "master_key", "masterkey", "master-key",
    ].map(SecretAnchor.keyword)

    static let catalog: [SecretDetector] = [
        // `KEY=value`, `key: value`, `"key": "value"`, `key = "value"`, `--key=value` on one line.
        SecretDetector(
            name: "generic-secret-assignment", ruleID: "SEC029", label: "literal secret", anchors: anchors,
            pattern: #"(?<![A-Za-z0-9_.$-])("# + key + ")" + SecretPatternPieces.assignment + SecretPatternPieces.value,
            secretGroups: [2, 3, 4], keyGroup: 1, confirmation: .genericAssignment
        ),
        // Dockerfile's legacy `ENV KEY value` (and `ARG`), where a space separates key and value.
        SecretDetector(
            name: "generic-dockerfile-env-legacy", ruleID: "SEC029", label: "literal secret", anchors: anchors,
            pattern: #"^[ \t]*(?i:ENV|ARG)[ \t]+("# + key + #")[ \t]+"# + SecretPatternPieces.value,
            secretGroups: [2, 3, 4], keyGroup: 1, kinds: [.dockerfile], confirmation: .genericAssignment
        ),
        // Kubernetes `env:` items: `- name: API_TOKEN` with `value: …` on the next lines.
        SecretDetector(
            name: "generic-name-value-pair", ruleID: "SEC029", label: "literal secret", anchors: anchors,
            pattern: #"^[ \t]*(?:-[ \t]+)?name:[ \t]*["']?("# + key + #")["']?[ \t]*$"#,
            keyGroup: 1, kinds: [.kubernetes], confirmation: .nameValuePair
        ),
        // HCL `variable "db_password" { default = "…" }`: a default is committed like any literal.
        SecretDetector(
            name: "generic-hcl-variable-default", ruleID: "SEC029", label: "literal secret", anchors: anchors,
            pattern: #"^[ \t]*variable[ \t]+"("# + key + #")""#,
            keyGroup: 1, kinds: [.hcl], confirmation: .hclVariableDefault
        ),
    ]
}
