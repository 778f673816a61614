/// SEC017 — Database URL with an inline password. Docs: `Rules/secrets/SEC017.md`; fixtures: `Fixtures/secrets/SEC017/`.
public struct DatabaseURLPasswordRule: SecretRule {
    public let id = "SEC017"
    public init() {}
    public var detectors: [SecretDetector] { Self.catalog }

    static let catalog: [SecretDetector] = [
        SecretDetector(
            name: "database-url-password", ruleID: "SEC017", label: "password",
            anchors: [.keyword("postgres"), .keyword("mysql"), .keyword("mariadb"), .keyword("mongodb"), .keyword("redis"), .keyword("amqp"), .keyword("mssql"), .keyword("sqlserver"), .keyword("clickhouse"), .keyword("cockroachdb"), .keyword("couchdb"), .keyword("neo4j")],
            pattern: #"(?i)(?<![A-Za-z0-9+.-])((?:jdbc:)?(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb|couchdb|neo4j(?:\+s)?)://)([^:@/\s"'`<>]*):([^@/\s"'`<>]+)@"#,
            secretGroups: [3], confirmation: .databaseURL
        ),
    ]
}
