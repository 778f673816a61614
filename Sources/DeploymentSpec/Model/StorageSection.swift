import DeploySyntax

/// `storage:` (or the shorthand `storage: s3`): object storage and its buckets.
public struct StorageSection: Hashable, Sendable {
    public var type: Located<StorageType>?
    public var buckets: [BucketSpec]
    public var range: SourceRange

    public init(range: SourceRange, buckets: [BucketSpec] = []) {
        self.range = range
        self.buckets = buckets
    }
}

/// One item of `storage.buckets:`.
public struct BucketSpec: Hashable, Sendable {
    public var name: Located<String>?
    public var isPublic: Located<Bool>?
    public var versioning: Located<Bool>?
    /// `lifecycle:`: days after which objects expire.
    public var lifecycleDays: Located<Int>?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}

/// `cache:` (or the shorthand `cache: redis` / `cache: redis-cluster` / `cache: none`).
public struct CacheSection: Hashable, Sendable {
    public var enabled: Located<Bool>?
    public var type: Located<CacheType>?
    public var size: Located<CacheSize>?
    public var replicas: Located<Int>?
    /// Cluster mode (sharded).
    public var cluster: Located<Bool>?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}
