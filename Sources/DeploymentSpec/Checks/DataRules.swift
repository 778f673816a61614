import DeploySyntax

extension SpecRules {
    /// PostgreSQL version, Multi-AZ, replicas, backups, storage and operator against the pattern.
    mutating func checkDatabase() {
        guard let database = spec.database else { return }

        if let version = database.version {
            if let number = VersionNumber(version.value), number.components.count <= 2 {
                if let eol = SoftwareLifecycle.postgresEndOfLife(major: number.major) {
                    let past = eol.date.hasPrefix("before") || eol.date < "2026-11"
                    let verb = past ? "reached end of life on" : "reaches end of life on"
                    report(SpecDiagnosticCode.endOfLife, "PostgreSQL \(number.major) \(verb) \(eol.date)\(isAWSPattern ? " (RDS then bills Extended Support)" : ""); use \(eol.successor) or later",
                           at: version.range, severity: .warning)
                } else if number.major > SoftwareLifecycle.newestPostgresMajor {
                    report(SpecDiagnosticCode.endOfLife, "PostgreSQL \(number.major) is newer than this tool knows (\(SoftwareLifecycle.newestPostgresMajor)); check that your provider offers it",
                           at: version.range, severity: .warning)
                }
            } else {
                report(SpecDiagnosticCode.format, "'version' must be a PostgreSQL version such as \"16\" or \"16.4\", found '\(version.value)'", at: version.range)
            }
        }

        if let multiAZ = database.multiAZ, multiAZ.value {
            if pattern == .hobbyProject {
                reportWithPattern("multi_az needs a managed database; hobby-project runs PostgreSQL in a container on one server. Use small-saas or production-saas", at: multiAZ.range)
            } else if pattern == .kubernetes {
                reportIgnored("multi_az", at: multiAZ.range, usedBy: "small-saas and production-saas (on kubernetes, use replicas: CloudNativePG spreads instances over nodes)")
            } else if let zones = spec.platform?.availabilityZones, zones.value.count < 2 {
                report(SpecDiagnosticCode.combination, "multi_az needs at least 2 availability zones; availability_zones is \(zones.value.count)", at: multiAZ.range,
                       related: [.init(path: path, range: zones.range, message: "availability_zones is set here")])
            }
        }
        if pattern == .hobbyProject, let replicas = database.replicas, replicas.value > 0 {
            reportWithPattern("hobby-project runs one PostgreSQL container; read replicas need small-saas, production-saas or kubernetes", at: replicas.range)
        }
        if pattern == .hobbyProject, let frequency = database.backup?.frequency, frequency.value == .continuous {
            reportWithPattern("continuous backups (point-in-time recovery) need RDS or CloudNativePG; hobby-project takes pg_dump backups (hourly, daily or weekly)", at: frequency.range)
        }
        if let storage = database.storage, isAWSPattern, storage.value < 20 {
            reportWithPattern("RDS allocates at least 20 GB of gp3 storage; found \(storage.value)", at: storage.range, code: SpecDiagnosticCode.range)
        }
        if let op = database.operator, let pattern, pattern != .kubernetes {
            reportWithPattern("database operator '\(op.value.rawValue)' runs PostgreSQL inside Kubernetes; it does not apply to \(pattern.rawValue)", at: op.range)
        }
    }

    /// The cache the framework's worker needs, cache clustering, storage type against provider, buckets.
    mutating func checkCacheAndStorage() {
        if let cache = spec.cache {
            if profile.needsRedis, !spec.deployment.frameworkIsUnknown, let worker = profile.worker {
                let brokerProblem: SourceRange? = {
                    if let enabled = cache.enabled, !enabled.value { return enabled.range }
                    if let type = cache.type, type.value == .memcached { return type.range }
                    return nil
                }()
                if let range = brokerProblem {
                    report(SpecDiagnosticCode.combination, "\(framework.rawValue) runs \(worker.displayName), which needs Redis (or Valkey) as its broker; keep the cache enabled with type redis or valkey",
                           at: range)
                }
            }
            if pattern == .hobbyProject, let cluster = cache.cluster, cluster.value {
                reportWithPattern("hobby-project runs a single Redis container; cluster mode needs small-saas, production-saas or kubernetes", at: cluster.range)
            }
            if let cluster = cache.cluster, cluster.value, let type = cache.type, type.value == .memcached {
                report(SpecDiagnosticCode.combination, "cluster mode is a Redis/Valkey feature; memcached shards on the client", at: cluster.range)
            }
        }

        guard let storage = spec.storage else { return }
        if let type = storage.type {
            let needed: CloudProvider? = switch type.value {
            case .gcs: .gcp
            case .azureBlob: .azure
            case .s3: (provider == .gcp || provider == .azure) ? .aws : nil
            case .local: nil
            }
            if let needed, let provider, provider != needed {
                report(SpecDiagnosticCode.combination, "storage type '\(type.value.rawValue)' needs provider \(needed.rawValue); the provider is \(provider.rawValue)", at: type.range)
            }
            if type.value == .local, let pattern, pattern != .hobbyProject {
                reportWithPattern("storage 'local' keeps files on one server's disk; \(pattern.rawValue) runs several replaceable containers, so use object storage (s3)", at: type.range)
            }
        }
        var seen: [String: SourceRange] = [:]
        for bucket in storage.buckets {
            guard let name = bucket.name else { continue }
            if let first = seen[name.value] {
                report(SpecDiagnosticCode.conflict, "bucket '\(name.value)' is listed twice", at: name.range,
                       related: [.init(path: path, range: first, message: "first listed here")])
            }
            seen[name.value] = name.range
            if let isPublic = bucket.isPublic, isPublic.value {
                report(SpecDiagnosticCode.discouraged, "bucket '\(name.value)' is public: anyone can list and read it. Serve public files through the CDN and keep the bucket private",
                       at: isPublic.range, severity: .warning)
            }
        }
    }
}
