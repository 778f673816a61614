import DeploySyntax

/// DC005: a database, cache or broker port published on every host interface.
public struct DatastorePortPublished: ComposeRule {
    public let id = "DC005"
    public init() {}

    /// Well-known container ports of datastores that must not face the internet.
    static let ports: [Int: String] = [
        5432: "PostgreSQL", 3306: "MySQL/MariaDB", 6379: "Redis", 27017: "MongoDB", 27018: "MongoDB",
        9200: "Elasticsearch", 9300: "Elasticsearch transport", 5672: "RabbitMQ (AMQP)", 11211: "Memcached",
        1433: "SQL Server", 1521: "Oracle", 5984: "CouchDB", 7687: "Neo4j (Bolt)", 9042: "Cassandra",
        8086: "InfluxDB", 26257: "CockroachDB", 2379: "etcd", 8529: "ArangoDB", 9092: "Kafka", 2181: "ZooKeeper",
        4222: "NATS", 6432: "PgBouncer", 28015: "RethinkDB", 8123: "ClickHouse (HTTP)",
    ]

    static let byNumber = ports.sorted { $0.key < $1.key }

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        for service in compose.services {
            for port in service.ports where port.isPublishedOnAllInterfaces && port.proto == "tcp" {
                guard let target = port.target,
                      let (number, name) = Self.byNumber.first(where: { target.contains($0.key) }) else { continue }
                let host = port.published.map { "host port \($0)" } ?? "a random host port"
                let fix = port.published.map { "127.0.0.1:\($0):\(target)" } ?? "127.0.0.1::\(target)"
                out.append(Violation(
                    range: port.range,
                    message: "service '\(service.name)' publishes \(name) port \(number) on all host interfaces (\(host)): Docker's NAT rules bypass host firewalls such as ufw, so it is reachable from the network; bind it to loopback ('\(fix)') or drop the mapping and connect over the compose network"))
            }
        }
        return out
    }
}
