/// The database engine. Everything SpecQL generates targets PostgreSQL.
public enum DatabaseEngine: String, SpecEnumeration {
    case postgresql

    public static let noun = "database engine"
    public static let aliases: [String: DatabaseEngine] = ["postgres": .postgresql]
}

/// A t-shirt size for the database; each pattern maps it to an instance class or resource requests.
public enum DatabaseSize: String, SpecEnumeration {
    case small
    case medium
    case large
    case xlarge

    public static let noun = "database size"

    /// The RDS instance class for this size (Graviton classes: cheaper per vCPU than x86).
    public var rdsInstanceClass: String {
        switch self {
        case .small: "db.t4g.micro"
        case .medium: "db.t4g.medium"
        case .large: "db.m7g.large"
        case .xlarge: "db.m7g.xlarge"
        }
    }
}

/// How often backups are taken; `continuous` means point-in-time recovery from archived WAL.
public enum BackupFrequency: String, SpecEnumeration {
    case hourly
    case daily
    case weekly
    case continuous

    public static let noun = "backup frequency"
}

/// The Kubernetes operator that runs PostgreSQL in the cluster.
public enum DatabaseOperator: String, SpecEnumeration {
    case cloudnativePG = "cloudnative-pg"

    public static let noun = "database operator"
    public static let aliases: [String: DatabaseOperator] = ["cnpg": .cloudnativePG, "cloudnativepg": .cloudnativePG]
}

/// Where PostgreSQL runs, as decided by the pattern.
public enum DatabaseHosting: String, Sendable, Hashable, CaseIterable {
    /// The official `postgres` image in the Compose file.
    case container
    /// Amazon RDS for PostgreSQL.
    case rds
    /// A CloudNativePG `Cluster` in Kubernetes.
    case cloudnativePG = "cloudnative-pg"
}
