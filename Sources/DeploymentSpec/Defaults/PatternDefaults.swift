/// The pattern-defaults table.
public enum PatternDefaults {
    /// What a pattern brings by default: where things run and how big, backed up, watched and protected they are.
    public struct Profile: Hashable, Sendable {
        public var pattern: DeploymentPattern
        public var provider: CloudProvider
        public var hosting: Hosting
        public var reverseProxy: ReverseProxy
        public var availabilityZones: Int

        public var instances: Int
        public var autoscale: ResolvedAutoscale
        public var memory: MemorySize
        public var cpu: CPUAmount

        public var databaseHosting: DatabaseHosting
        public var databaseSize: DatabaseSize
        public var databaseStorageGB: Int
        public var backupFrequency: BackupFrequency
        public var backupRetentionDays: Int
        public var multiAZ: Bool
        public var databaseReplicas: Int

        /// A cache even when the framework needs none.
        public var cache: Bool
        public var cacheSize: CacheSize
        public var cacheReplicas: Int
        public var storageType: StorageType
        /// A CDN (CloudFront) in front of the application and buckets.
        public var cdn: Bool
        public var natGateway: NATGatewayMode

        public var monitoring: MonitoringLevel
        public var certificateProvider: CertificateProvider
        public var waf: Bool
        public var secretsManager: SecretsManager
        /// Deployment environments, in promotion order.
        public var deployEnvironments: [ResolvedDeployEnvironment]
        public var migrationsAutoRun: Bool
    }

    public static func profile(for pattern: DeploymentPattern) -> Profile {
        switch pattern {
        case .hobbyProject:
            // Compose + Caddy on one server: one app container, Let's Encrypt through Caddy, nightly pg_dump.
            Profile(
                pattern: pattern, provider: .bareMetal, hosting: .compose, reverseProxy: .caddy, availabilityZones: 1,
                instances: 1, autoscale: .disabled(instances: 1), memory: MemorySize(mebibytes: 512), cpu: CPUAmount(millicores: 1000),
                databaseHosting: .container, databaseSize: .small, databaseStorageGB: 20,
                backupFrequency: .daily, backupRetentionDays: 7, multiAZ: false, databaseReplicas: 0,
                cache: false, cacheSize: .small, cacheReplicas: 0, storageType: .local, cdn: false, natGateway: .none,
                monitoring: .basic, certificateProvider: .letsencrypt, waf: false, secretsManager: .envFile,
                deployEnvironments: [ResolvedDeployEnvironment(name: "production", autoDeploy: true, approvalRequired: false, reviewers: [])],
                migrationsAutoRun: true)
        case .smallSaaS:
            // ECS Fargate (2 tasks) behind an ALB, RDS db.t4g.micro with 7-day backups, one NAT gateway.
            Profile(
                pattern: pattern, provider: .aws, hosting: .ecsFargate, reverseProxy: .applicationLoadBalancer, availabilityZones: 2,
                instances: 2, autoscale: ResolvedAutoscale(enabled: false, min: 2, max: 4, targetCPU: 70, targetMemory: 80),
                memory: MemorySize(mebibytes: 512), cpu: CPUAmount(millicores: 250),
                databaseHosting: .rds, databaseSize: .small, databaseStorageGB: 20,
                backupFrequency: .daily, backupRetentionDays: 7, multiAZ: false, databaseReplicas: 0,
                cache: false, cacheSize: .small, cacheReplicas: 0, storageType: .s3, cdn: false, natGateway: .single,
                monitoring: .standard, certificateProvider: .awsACM, waf: false, secretsManager: .awsSecrets,
                deployEnvironments: [
                    ResolvedDeployEnvironment(name: "staging", autoDeploy: true, approvalRequired: false, reviewers: []),
                    ResolvedDeployEnvironment(name: "production", autoDeploy: false, approvalRequired: true, reviewers: []),
                ],
                migrationsAutoRun: true)
        case .productionSaaS:
            // Multi-AZ RDS with a read replica and point-in-time recovery, ECS autoscaling 5-50 tasks, Redis,
            // S3 + CloudFront, WAF, full observability, one NAT gateway per zone.
            Profile(
                pattern: pattern, provider: .aws, hosting: .ecsFargate, reverseProxy: .applicationLoadBalancer, availabilityZones: 3,
                instances: 5, autoscale: ResolvedAutoscale(enabled: true, min: 5, max: 50, targetCPU: 70, targetMemory: 80),
                memory: MemorySize(mebibytes: 1024), cpu: CPUAmount(millicores: 500),
                databaseHosting: .rds, databaseSize: .medium, databaseStorageGB: 100,
                backupFrequency: .continuous, backupRetentionDays: 14, multiAZ: true, databaseReplicas: 1,
                cache: true, cacheSize: .small, cacheReplicas: 1, storageType: .s3, cdn: true, natGateway: .perAvailabilityZone,
                monitoring: .enterprise, certificateProvider: .awsACM, waf: true, secretsManager: .awsSecrets,
                deployEnvironments: [
                    ResolvedDeployEnvironment(name: "staging", autoDeploy: true, approvalRequired: false, reviewers: []),
                    ResolvedDeployEnvironment(name: "production", autoDeploy: false, approvalRequired: true, reviewers: []),
                ],
                migrationsAutoRun: false)
        case .kubernetes:
            // Helm chart on an existing cluster: HPA 2-10, CloudNativePG (primary + 1 replica), ingress + cert-manager.
            Profile(
                pattern: pattern, provider: .bareMetal, hosting: .kubernetes, reverseProxy: .ingress, availabilityZones: 1,
                instances: 2, autoscale: ResolvedAutoscale(enabled: true, min: 2, max: 10, targetCPU: 70, targetMemory: 80),
                memory: MemorySize(mebibytes: 512), cpu: CPUAmount(millicores: 500),
                databaseHosting: .cloudnativePG, databaseSize: .small, databaseStorageGB: 20,
                backupFrequency: .daily, backupRetentionDays: 7, multiAZ: false, databaseReplicas: 1,
                cache: false, cacheSize: .small, cacheReplicas: 0, storageType: .s3, cdn: false, natGateway: .none,
                monitoring: .standard, certificateProvider: .certManager, waf: false, secretsManager: .kubernetes,
                deployEnvironments: [
                    ResolvedDeployEnvironment(name: "staging", autoDeploy: true, approvalRequired: false, reviewers: []),
                    ResolvedDeployEnvironment(name: "production", autoDeploy: false, approvalRequired: true, reviewers: []),
                ],
                migrationsAutoRun: true)
        }
    }

    /// The region used on each provider when the spec names none; nil where regions do not apply.
    public static func defaultRegion(for provider: CloudProvider) -> String? {
        switch provider {
        case .aws: AWSRegion.defaultRegion
        case .gcp: "us-central1"
        case .azure: "eastus"
        case .digitalocean: "nyc3"
        case .hetzner: "fsn1"
        case .bareMetal: nil
        }
    }

    /// PostgreSQL major version used when the spec names none: 16 is supported by every managed offering
    /// (RDS standard support into 2028) and by CloudNativePG's default images.
    public static let postgresVersion = "16"
}
