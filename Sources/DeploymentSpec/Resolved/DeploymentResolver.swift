/// Fills in every default of a valid spec: written values first, then the framework's table, then the pattern's.
public enum DeploymentResolver {
    /// The name used when `deployment.name` is absent.
    public static let defaultName = "app"
    /// The version used when `deployment.version` is absent.
    public static let defaultVersion = "0.1.0"

    /// Nil only when the spec names no pattern (which validation reports as an error).
    public static func resolve(_ spec: DeploymentSpec, sources: SpecSourceMap) -> ResolvedDeployment? {
        guard let pattern = spec.deployment.pattern?.value else { return nil }
        let framework = spec.deployment.framework?.value ?? FrameworkDefaults.defaultFramework
        let frameworkProfile = FrameworkDefaults.profile(for: framework)
        let patternProfile = PatternDefaults.profile(for: pattern)
        let name = spec.deployment.name?.value ?? defaultName
        let platform = resolvePlatform(spec.platform, pattern: patternProfile)
        let cache = resolveCache(spec.cache, framework: frameworkProfile, pattern: patternProfile)

        return ResolvedDeployment(
            name: name,
            version: spec.deployment.version?.value ?? defaultVersion,
            framework: framework,
            pattern: pattern,
            platform: platform,
            runtime: resolveRuntime(spec.application, framework: frameworkProfile),
            application: resolveApplication(spec.application, framework: frameworkProfile, pattern: patternProfile),
            database: resolveDatabase(spec.database, pattern: patternProfile),
            cache: cache,
            storage: resolveStorage(spec.storage, pattern: patternProfile),
            networking: pattern.requiresAWS ? resolveNetworking(spec.networking, platform: platform, pattern: patternProfile) : nil,
            monitoring: resolveMonitoring(spec.monitoring, provider: platform.provider, pattern: patternProfile),
            security: resolveSecurity(spec.security, pattern: patternProfile),
            cicd: resolveCICD(spec.cicd, pattern: patternProfile),
            kubernetes: pattern == .kubernetes ? resolveKubernetes(spec.kubernetes, name: name) : nil,
            environments: resolveEnvironments(spec.environments, cicdEnvironments: spec.cicd?.environments?.compactMap(\.name?.value), pattern: patternProfile),
            sources: sources
        )
    }

    static func resolvePlatform(_ platform: PlatformSection?, pattern: PatternDefaults.Profile) -> ResolvedPlatform {
        let provider = platform?.provider?.value ?? pattern.provider
        let regions = platform?.regions?.map(\.value) ?? []
        let region = platform?.region?.value ?? regions.first ?? PatternDefaults.defaultRegion(for: provider)
        let zones = platform?.availabilityZones?.value
        var zoneNames: [String] = []
        if case .names(let names)? = zones { zoneNames = names }
        return ResolvedPlatform(
            provider: provider,
            region: region,
            secondaryRegions: regions.filter { $0 != region },
            availabilityZones: zones?.count ?? pattern.availabilityZones,
            availabilityZoneNames: zoneNames,
            domain: platform?.domain?.value,
            hosting: pattern.hosting,
            reverseProxy: pattern.reverseProxy)
    }

    static func resolveRuntime(_ application: ApplicationSection?, framework: FrameworkDefaults.Profile) -> ResolvedRuntime {
        let version = application?.version?.value ?? framework.runtimeVersion
        return ResolvedRuntime(
            language: framework.runtime,
            version: version,
            baseImage: framework.baseImage(version: version),
            packageManager: framework.packageManager,
            appServer: framework.appServer,
            worker: framework.worker,
            rustExtensions: framework.rustExtensions)
    }

    static func resolveApplication(_ application: ApplicationSection?, framework: FrameworkDefaults.Profile, pattern: PatternDefaults.Profile) -> ResolvedApplication {
        let instances = application?.instances?.value ?? pattern.instances
        let written = application?.autoscale
        var autoscale = pattern.autoscale
        autoscale.enabled = written?.enabled?.value ?? autoscale.enabled
        // When the user sets instances but not min, scaling starts from what they asked for.
        autoscale.min = written?.min?.value ?? (application?.instances != nil && pattern.pattern != .hobbyProject ? instances : autoscale.min)
        autoscale.max = written?.max?.value ?? Swift.max(autoscale.max, autoscale.min)
        autoscale.targetCPU = written?.targetCPU?.value ?? autoscale.targetCPU
        autoscale.targetMemory = written?.targetMemory?.value ?? autoscale.targetMemory
        if !autoscale.enabled && written?.min == nil && written?.max == nil {
            autoscale.min = instances
            autoscale.max = instances
        }
        let health = application?.healthCheck
        return ResolvedApplication(
            instances: instances,
            memory: application?.memory?.value ?? pattern.memory,
            cpu: application?.cpu?.value ?? pattern.cpu,
            port: application?.port?.value ?? framework.port,
            autoscale: autoscale,
            healthCheck: ResolvedHealthCheck(
                path: health?.path?.value ?? framework.healthCheckPath,
                intervalSeconds: health?.interval?.value ?? 30,
                timeoutSeconds: health?.timeout?.value ?? 5))
    }

    static func resolveDatabase(_ database: DatabaseSection?, pattern: PatternDefaults.Profile) -> ResolvedDatabase {
        let version = database?.version?.value ?? PatternDefaults.postgresVersion
        let size = database?.size?.value ?? pattern.databaseSize
        return ResolvedDatabase(
            engine: .postgresql,
            hosting: pattern.databaseHosting,
            version: version,
            majorVersion: VersionNumber(version)?.major ?? 16,
            size: size,
            instanceClass: size.rdsInstanceClass,
            storageGB: database?.storage?.value ?? pattern.databaseStorageGB,
            backup: ResolvedBackup(
                frequency: database?.backup?.frequency?.value ?? pattern.backupFrequency,
                retentionDays: database?.backup?.retention?.value ?? pattern.backupRetentionDays),
            replicas: database?.replicas?.value ?? pattern.databaseReplicas,
            multiAZ: database?.multiAZ?.value ?? pattern.multiAZ)
    }

    static func resolveCache(_ cache: CacheSection?, framework: FrameworkDefaults.Profile, pattern: PatternDefaults.Profile) -> ResolvedCache? {
        let enabled = cache?.enabled?.value ?? (cache?.type != nil || framework.needsRedis || pattern.cache)
        guard enabled else { return nil }
        let size = cache?.size?.value ?? pattern.cacheSize
        return ResolvedCache(
            type: cache?.type?.value ?? .redis,
            size: size,
            nodeType: size.elastiCacheNodeType,
            replicas: cache?.replicas?.value ?? pattern.cacheReplicas,
            cluster: cache?.cluster?.value ?? false,
            isJobQueueBroker: framework.needsRedis)
    }

    static func resolveStorage(_ storage: StorageSection?, pattern: PatternDefaults.Profile) -> ResolvedStorage {
        ResolvedStorage(
            type: storage?.type?.value ?? pattern.storageType,
            buckets: (storage?.buckets ?? []).compactMap { bucket in
                guard let name = bucket.name?.value else { return nil }
                return ResolvedBucket(name: name, isPublic: bucket.isPublic?.value ?? false,
                                      versioning: bucket.versioning?.value ?? false, lifecycleDays: bucket.lifecycleDays?.value)
            },
            cdn: pattern.cdn)
    }

    static func resolveNetworking(_ networking: NetworkingSection?, platform: ResolvedPlatform, pattern: PatternDefaults.Profile) -> ResolvedNetworking {
        let subnets = platform.availabilityZones
        let nat: NATGatewayMode = switch networking?.natGateway?.value {
        case false?: .none
        case true?: pattern.natGateway == .none ? .single : pattern.natGateway
        case nil: pattern.natGateway
        }
        let lb = networking?.loadBalancer
        return ResolvedNetworking(
            vpcCIDR: networking?.vpcCIDR?.value ?? "10.0.0.0/16",
            publicSubnets: networking?.publicSubnets?.value ?? subnets,
            privateSubnets: networking?.privateSubnets?.value ?? subnets,
            natGateway: nat,
            loadBalancer: ResolvedLoadBalancer(
                type: lb?.type?.value ?? .application,
                ssl: lb?.ssl?.value ?? true,
                certificate: lb?.certificate?.value ?? "acm"))
    }

    static func resolveMonitoring(_ monitoring: MonitoringSection?, provider: CloudProvider, pattern: PatternDefaults.Profile) -> ResolvedMonitoring {
        let level = monitoring?.level?.value ?? pattern.monitoring
        let onAWS = pattern.pattern.requiresAWS
        let defaultAggregator: LogAggregator = switch level {
        case .none, .basic: onAWS ? .cloudwatch : .none
        case .standard: onAWS ? .cloudwatch : .loki
        case .enterprise: .loki
        }
        let retention = switch level {
        case .none, .basic: 7
        case .standard: 30
        case .enterprise: 90
        }
        return ResolvedMonitoring(
            level: level,
            prometheus: monitoring?.prometheus?.value ?? (level != .none),
            cloudwatch: monitoring?.cloudwatch?.value ?? (onAWS && level != .none),
            grafana: monitoring?.grafana?.value ?? (level == .standard || level == .enterprise),
            logs: ResolvedLogs(aggregator: monitoring?.logAggregator?.value ?? defaultAggregator,
                               retentionDays: monitoring?.logRetention?.value ?? retention),
            tracing: monitoring?.tracing?.value ?? (level == .enterprise),
            kubePrometheusStack: pattern.pattern == .kubernetes && level != .none,
            alerts: (monitoring?.alerts ?? []).compactMap { alert in
                guard let name = alert.name?.value, let condition = alert.condition?.value else { return nil }
                return ResolvedAlert(name: name, condition: condition, duration: alert.duration?.value ?? "5m", channel: alert.channel?.value ?? .email)
            })
    }

    static func resolveSecurity(_ security: SecuritySection?, pattern: PatternDefaults.Profile) -> ResolvedSecurity {
        ResolvedSecurity(
            ssl: security?.ssl?.value ?? true,
            certificateProvider: security?.certificateProvider?.value ?? pattern.certificateProvider,
            waf: security?.waf?.value ?? pattern.waf,
            ddosProtection: security?.ddosProtection?.value ?? false,
            secretsManager: security?.secretsManager?.value ?? pattern.secretsManager,
            encryptionAtRest: security?.encryptionAtRest?.value ?? true)
    }

    static func resolveCICD(_ cicd: CICDSection?, pattern: PatternDefaults.Profile) -> ResolvedCICD {
        let environments: [ResolvedDeployEnvironment] = cicd?.environments.map { written in
            written.compactMap { environment in
                guard let name = environment.name?.value else { return nil }
                let reviewers = environment.reviewers?.map(\.value) ?? []
                let approval = environment.approvalRequired?.value ?? !reviewers.isEmpty
                return ResolvedDeployEnvironment(name: name, autoDeploy: environment.autoDeploy?.value ?? !approval,
                                                 approvalRequired: approval, reviewers: reviewers)
            }
        } ?? pattern.deployEnvironments
        let defaultTriggers = [
            ResolvedTrigger(event: .pullRequest, branches: [], action: .test),
            ResolvedTrigger(event: .push, branches: ["main"], action: .deploy),
        ]
        let triggers: [ResolvedTrigger] = cicd?.triggers.map { written in
            written.map { trigger in
                let action = trigger.action?.value ?? (trigger.event.value == .pullRequest ? .test : .deploy)
                return ResolvedTrigger(event: trigger.event.value, branches: trigger.branches.map(\.value), action: action)
            }
        } ?? defaultTriggers
        return ResolvedCICD(
            provider: cicd?.provider?.value ?? .githubActions,
            triggers: triggers,
            environments: environments,
            migrations: ResolvedMigrations(
                autoRun: cicd?.migrations?.autoRun?.value ?? pattern.migrationsAutoRun,
                rollbackOnFailure: cicd?.migrations?.rollbackOnFailure?.value ?? true))
    }

    static func resolveKubernetes(_ kubernetes: KubernetesSection?, name: String) -> ResolvedKubernetes {
        ResolvedKubernetes(
            cluster: kubernetes?.cluster?.value ?? .existing,
            namespace: kubernetes?.namespace?.value ?? name,
            ingressClass: kubernetes?.ingressClass?.value ?? .traefik,
            ingressTLS: kubernetes?.ingressTLS?.value ?? .certManager)
    }

    /// Written environments as they are; otherwise `development` plus the deployment environments, each with a
    /// log level, so the generator has one `.env` per environment to write.
    static func resolveEnvironments(_ environments: EnvironmentsSection?, cicdEnvironments: [String]?, pattern: PatternDefaults.Profile) -> [ResolvedEnvironment] {
        if let environments {
            return environments.entries.map { entry in
                ResolvedEnvironment(name: entry.name.value,
                                    variables: entry.variables.map { EnvironmentVariable(name: $0.name.value, value: $0.value.value) },
                                    secrets: entry.secrets.map(\.value))
            }
        }
        let names = ["development"] + (cicdEnvironments ?? pattern.deployEnvironments.map(\.name))
        return names.map { name in
            let level = name == "development" ? "debug" : (name == "production" ? "info" : "debug")
            return ResolvedEnvironment(name: name, variables: [EnvironmentVariable(name: "LOG_LEVEL", value: level)], secrets: [])
        }
    }
}
