/// Where uploaded files and other objects are kept.
public enum StorageType: String, SpecEnumeration {
    case s3
    case gcs
    case azureBlob = "azure-blob"
    /// A Docker volume on the server (hobby-project only).
    case local

    public static let noun = "storage type"
}

/// The in-memory store used for caching, sessions and job queues.
public enum CacheType: String, SpecEnumeration {
    case redis
    case valkey
    case memcached

    public static let noun = "cache type"
}

/// A t-shirt size for the cache.
public enum CacheSize: String, SpecEnumeration {
    case small
    case medium
    case large

    public static let noun = "cache size"

    /// The ElastiCache node type for this size.
    public var elastiCacheNodeType: String {
        switch self {
        case .small: "cache.t4g.micro"
        case .medium: "cache.t4g.medium"
        case .large: "cache.m7g.large"
        }
    }
}
