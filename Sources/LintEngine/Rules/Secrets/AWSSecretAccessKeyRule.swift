/// SEC002 — AWS secret access key. Docs: `Rules/secrets/SEC002.md`; fixtures: `Fixtures/secrets/SEC002/`.
public struct AWSSecretAccessKeyRule: SecretRule {
    public let id = "SEC002"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "aws-secret-access-key", ruleID: "SEC002", label: "AWS secret access key",
            anchors: [.keyword("secret_access_key"), .keyword("secretaccesskey"), .keyword("secret-access-key"), .keyword("aws_secret"), .keyword("awssecret"), .keyword("aws-secret")],
            pattern: #"(?<![A-Za-z0-9_.-])((?i:[A-Za-z0-9_.-]*?(?:aws[_.-]?secret[_.-]?(?:access[_.-]?)?key|secret[_.-]?access[_.-]?key)))(?:["'\]]?[ \t]*(?::=|=>|=|:)[ \t]*|[ \t]+)["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"#,
            secretGroups: [2], keyGroup: 1, confirmation: .keyedRandom
        ),
    ]
}
