/// PostgreSQL: where it runs, which version, how big, how it is backed up and replicated.
public struct ResolvedDatabase: Hashable, Sendable {
    public var engine: DatabaseEngine
    public var hosting: DatabaseHosting
    /// The major version as written or defaulted (`16`), or a full version (`16.4`).
    public var version: String
    public var majorVersion: Int
    public var size: DatabaseSize
    /// The RDS instance class for `size` (meaningful when `hosting == .rds`).
    public var instanceClass: String
    public var storageGB: Int
    public var backup: ResolvedBackup
    /// Read replicas (CloudNativePG: instances beyond the primary).
    public var replicas: Int
    public var multiAZ: Bool

    public init(engine: DatabaseEngine, hosting: DatabaseHosting, version: String, majorVersion: Int, size: DatabaseSize, instanceClass: String, storageGB: Int, backup: ResolvedBackup, replicas: Int, multiAZ: Bool) {
        self.engine = engine
        self.hosting = hosting
        self.version = version
        self.majorVersion = majorVersion
        self.size = size
        self.instanceClass = instanceClass
        self.storageGB = storageGB
        self.backup = backup
        self.replicas = replicas
        self.multiAZ = multiAZ
    }
}

public struct ResolvedBackup: Hashable, Sendable {
    public var frequency: BackupFrequency
    public var retentionDays: Int

    public init(frequency: BackupFrequency, retentionDays: Int) {
        self.frequency = frequency
        self.retentionDays = retentionDays
    }
}

/// Redis, Valkey or Memcached.
public struct ResolvedCache: Hashable, Sendable {
    public var type: CacheType
    public var size: CacheSize
    /// The ElastiCache node type for `size` (AWS patterns).
    public var nodeType: String
    public var replicas: Int
    public var cluster: Bool
    /// Used as the Celery/Sidekiq broker.
    public var isJobQueueBroker: Bool

    public init(type: CacheType, size: CacheSize, nodeType: String, replicas: Int, cluster: Bool, isJobQueueBroker: Bool) {
        self.type = type
        self.size = size
        self.nodeType = nodeType
        self.replicas = replicas
        self.cluster = cluster
        self.isJobQueueBroker = isJobQueueBroker
    }
}

/// Object storage and its buckets.
public struct ResolvedStorage: Hashable, Sendable {
    public var type: StorageType
    public var buckets: [ResolvedBucket]
    /// CloudFront in front of the application and public assets.
    public var cdn: Bool

    public init(type: StorageType, buckets: [ResolvedBucket], cdn: Bool) {
        self.type = type
        self.buckets = buckets
        self.cdn = cdn
    }
}

public struct ResolvedBucket: Hashable, Sendable {
    public var name: String
    public var isPublic: Bool
    public var versioning: Bool
    /// Days after which objects expire; nil to keep them.
    public var lifecycleDays: Int?

    public init(name: String, isPublic: Bool, versioning: Bool, lifecycleDays: Int?) {
        self.name = name
        self.isPublic = isPublic
        self.versioning = versioning
        self.lifecycleDays = lifecycleDays
    }
}
