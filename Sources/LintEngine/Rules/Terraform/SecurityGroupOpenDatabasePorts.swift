import DeploySyntax

/// TF024 — a security group lets the whole internet reach a database or cache port (PostgreSQL, MySQL, SQL
/// Server, Oracle, MongoDB, Redis, Memcached, Elasticsearch/OpenSearch, Redshift, Cassandra…).
public struct SecurityGroupOpenDatabasePorts: TerraformRule {
    public let id = "TF024"
    public init() {}

    static let ports: [(Int, String)] = [
        (1433, "SQL Server"), (1521, "Oracle"), (2379, "etcd"), (3306, "MySQL/MariaDB"), (5432, "PostgreSQL"),
        (5439, "Redshift"), (5984, "CouchDB"), (6379, "Redis/Valkey"), (8086, "InfluxDB"), (9042, "Cassandra"),
        (9200, "Elasticsearch/OpenSearch"), (11211, "Memcached"), (27017, "MongoDB"),
    ]

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        SecurityGroupIngress.all(in: module).compactMap { ingress in
            guard let cidr = ingress.openCIDR, !ingress.coversAllPorts else { return nil }
            let open = Self.ports.filter { ingress.covers(port: $0.0) }
            guard !open.isEmpty else { return nil }
            let shown = open.prefix(3).map { "\($0.1) (\($0.0))" }.joined(separator: ", ")
            let more = open.count > 3 ? " and \(open.count - 3) more" : ""
            return TerraformFinding(path: ingress.instance.path, range: ingress.reportRange, message:
                "\(ingress.resource.displayName) opens \(shown)\(more) to \(cidr): allow the application's security group "
                + "(source_security_group_id / referenced_security_group_id) instead of the internet")
        }
    }
}
