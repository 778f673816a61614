import DeploySyntax

/// Turns a validated YAML tree into a `DeploymentSpec`, gathering the compact form (sections inside
/// `deployment:`) and the full form (sections at the top level) into one model.
///
/// Reports what only the decoder can see: the same section written in both places, `instances` next to
/// `replicas`, `environment` next to `environments`, two environments with one name.
struct SpecDecoder {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    mutating func decode(_ root: YAMLNode) -> DeploymentSpec? {
        guard let top = FieldReader(root), let deploymentPair = top.pair("deployment") else { return nil }
        let meta = FieldReader(deploymentPair.value)
        var deployment = DeploymentSection(range: deploymentPair.key.reportRange)
        if let meta {
            deployment.name = meta.string("name")
            deployment.framework = meta.word("framework")
            deployment.frameworkIsUnknown = deployment.framework == nil && meta.pair("framework") != nil
            deployment.pattern = meta.word("pattern")
            deployment.version = meta.text("version")
        }
        var spec = DeploymentSpec(deployment: deployment)

        func section(_ key: String) -> YAMLPair? {
            let outer = top.pair(key)
            let inner = meta?.pair(key)
            if let outer, let inner {
                conflict("'\(key)' is written both at the top level and inside 'deployment'; keep one", at: inner.key.reportRange,
                         other: outer.key.reportRange, otherMessage: "top-level '\(key)' is here")
            }
            return outer ?? inner
        }

        spec.platform = section("platform").map(decodePlatform)
        if let meta { foldCompactPlatform(meta, into: &spec) }
        spec.database = section("database").map(decodeDatabase)
        if let pair = section("application") { spec.application = decodeApplication(pair) }
        spec.networking = section("networking").map(decodeNetworking)
        spec.storage = section("storage").map(decodeStorage)
        spec.cache = section("cache").map(decodeCache)
        spec.monitoring = section("monitoring").map(decodeMonitoring)
        spec.security = section("security").map(decodeSecurity)
        if let pair = section("cicd") { spec.cicd = decodeCICD(pair) }
        spec.kubernetes = decodeKubernetes(top.pair("kubernetes"), compact: meta)
        spec.environments = decodeEnvironments(mapping: section("environment"), list: section("environments"))
        return spec
    }

    private mutating func conflict(_ message: String, at range: SourceRange, other: SourceRange, otherMessage: String) {
        diagnostics.append(Diagnostic(
            severity: .error, code: SpecDiagnosticCode.conflict, message: message, path: path, range: range,
            related: [.init(path: path, range: other, message: otherMessage)]))
    }

    // MARK: - platform

    private func decodePlatform(_ pair: YAMLPair) -> PlatformSection {
        var platform = PlatformSection(range: pair.key.reportRange)
        if case .string(let text)? = pair.value.resolved(.core) {
            platform.provider = CloudProvider.parse(text).map { FieldReader.locate($0, pair) }
            return platform
        }
        guard let fields = FieldReader(pair.value) else { return platform }
        platform.provider = fields.word("provider")
        platform.region = fields.string("region")
        platform.regions = fields.strings("regions")
        platform.domain = fields.string("domain")
        if let zones = fields.pair("availability_zones") {
            if case .int(let n)? = zones.value.resolved(.core) {
                platform.availabilityZones = FieldReader.locate(.count(n), zones)
            } else if let names = fields.strings("availability_zones") {
                platform.availabilityZones = FieldReader.locate(.names(names.map(\.value)), zones)
            }
        }
        return platform
    }

    /// `deployment: {region, regions, domain}` of the compact form go into `platform`.
    private mutating func foldCompactPlatform(_ meta: FieldReader, into spec: inout DeploymentSpec) {
        let keys: [(String, WritableKeyPath<PlatformSection, Located<String>?>?)] = [("region", \.region), ("domain", \.domain), ("regions", nil)]
        for (key, keyPath) in keys {
            guard let pair = meta.pair(key) else { continue }
            var platform = spec.platform ?? PlatformSection(range: pair.key.reportRange)
            let existing: SourceRange? = keyPath.flatMap { platform[keyPath: $0]?.keyRange } ?? (key == "regions" ? platform.regions?.first?.range : nil)
            if let existing {
                conflict("'\(key)' is written both in 'platform' and inside 'deployment'; keep one", at: pair.key.reportRange,
                         other: existing, otherMessage: "'platform.\(key)' is here")
                continue
            }
            if let keyPath {
                platform[keyPath: keyPath] = FieldReader.string(pair)
            } else {
                platform.regions = meta.strings("regions")
            }
            spec.platform = platform
        }
    }

    // MARK: - database

    private func decodeDatabase(_ pair: YAMLPair) -> DatabaseSection {
        var database = DatabaseSection(range: pair.key.reportRange)
        guard let fields = FieldReader(pair.value) else { return database }
        database.engine = fields.word("engine")
        database.version = fields.text("version")
        database.size = fields.word("size")
        database.storage = fields.int("storage")
        database.replicas = fields.int("replicas")
        database.multiAZ = fields.flag("multi_az")
        database.operator = fields.word("operator")
        if let backupPair = fields.pair("backup") {
            var backup = BackupSettings(range: backupPair.key.reportRange)
            if case .string(let text)? = backupPair.value.resolved(.core) {
                backup.frequency = BackupFrequency.parse(text).map { FieldReader.locate($0, backupPair) }
            } else if let inner = FieldReader(backupPair.value) {
                backup.frequency = inner.word("frequency")
                backup.retention = inner.int("retention")
            }
            database.backup = backup
        }
        return database
    }

    // MARK: - application

    private mutating func decodeApplication(_ pair: YAMLPair) -> ApplicationSection {
        var application = ApplicationSection(range: pair.key.reportRange)
        guard let fields = FieldReader(pair.value) else { return application }
        application.runtime = fields.word("runtime")
        application.version = fields.text("version")
        application.instances = fields.int("instances")
        if let replicas = fields.int("replicas") {
            if let instances = application.instances, let keyRange = replicas.keyRange, let other = instances.keyRange {
                conflict("'replicas' and 'instances' mean the same here; keep one", at: keyRange, other: other, otherMessage: "'instances' is here")
            } else {
                application.instances = replicas
            }
        }
        application.port = fields.int("port")
        if let memory = fields.string("memory") {
            application.memory = MemorySize(parsing: memory.value).map { size in memory.map { _ in size } }
        }
        if let cpuPair = fields.pair("cpu") {
            let text: String? = switch cpuPair.value.resolved(.core) {
            case .string(let s)?: s
            case .int?, .float?: cpuPair.value.string
            default: nil
            }
            application.cpu = text.flatMap(CPUAmount.init(parsing:)).map { FieldReader.locate($0, cpuPair) }
        }
        application.autoscale = fields.section("autoscale", AutoscaleSettings.init(range:)) { inner, autoscale in
            autoscale.enabled = inner.flag("enabled")
            autoscale.min = inner.int("min")
            autoscale.max = inner.int("max")
            autoscale.targetCPU = inner.int("target_cpu")
            autoscale.targetMemory = inner.int("target_memory")
        }
        if let hpa = fields.flag("hpa"), let hpaKey = hpa.keyRange {
            var autoscale = application.autoscale ?? AutoscaleSettings(range: hpaKey)
            if let enabled = autoscale.enabled, let other = enabled.keyRange {
                conflict("'hpa' and 'autoscale.enabled' mean the same here; keep one", at: hpaKey, other: other, otherMessage: "'autoscale.enabled' is here")
            } else {
                autoscale.enabled = hpa
            }
            application.autoscale = autoscale
        }
        application.healthCheck = fields.section("health_check", HealthCheckSettings.init(range:)) { inner, health in
            health.path = inner.string("path")
            health.interval = inner.int("interval")
            health.timeout = inner.int("timeout")
        }
        return application
    }

    // MARK: - networking, storage, cache

    private func decodeNetworking(_ pair: YAMLPair) -> NetworkingSection {
        var networking = NetworkingSection(range: pair.key.reportRange)
        guard let fields = FieldReader(pair.value) else { return networking }
        networking.vpcCIDR = fields.string("vpc_cidr")
        networking.publicSubnets = fields.int("public_subnets")
        networking.privateSubnets = fields.int("private_subnets")
        networking.natGateway = fields.flag("nat_gateway")
        networking.loadBalancer = fields.section("load_balancer", LoadBalancerSettings.init(range:)) { inner, lb in
            lb.type = inner.word("type")
            lb.ssl = inner.flag("ssl")
            lb.certificate = inner.string("certificate")
        }
        return networking
    }

    private func decodeStorage(_ pair: YAMLPair) -> StorageSection {
        var storage = StorageSection(range: pair.key.reportRange)
        if case .string(let text)? = pair.value.resolved(.core) {
            storage.type = StorageType.parse(text).map { FieldReader.locate($0, pair) }
            return storage
        }
        guard let fields = FieldReader(pair.value) else { return storage }
        storage.type = fields.word("type")
        for item in fields.pair("buckets")?.value.sequence ?? [] {
            guard let bucketFields = FieldReader(item) else { continue }
            var bucket = BucketSpec(range: item.reportRange)
            bucket.name = bucketFields.string("name")
            bucket.isPublic = bucketFields.flag("public")
            bucket.versioning = bucketFields.flag("versioning")
            bucket.lifecycleDays = bucketFields.int("lifecycle")
            storage.buckets.append(bucket)
        }
        return storage
    }

    private func decodeCache(_ pair: YAMLPair) -> CacheSection {
        var cache = CacheSection(range: pair.key.reportRange)
        if pair.value.isScalar, let enabled = FlagWords.value(of: pair.value) {
            cache.enabled = FieldReader.locate(enabled, pair)
            return cache
        }
        if case .string(let text)? = pair.value.resolved(.core) {
            let located = { (value: Bool) in FieldReader.locate(value, pair) }
            switch text {
            case "none":
                cache.enabled = located(false)
            case "redis-cluster", "valkey-cluster":
                cache.enabled = located(true)
                cache.type = FieldReader.locate(text.hasPrefix("redis") ? CacheType.redis : .valkey, pair)
                cache.cluster = located(true)
            default:
                if let type = CacheType.parse(text) {
                    cache.enabled = located(true)
                    cache.type = FieldReader.locate(type, pair)
                }
            }
            return cache
        }
        guard let fields = FieldReader(pair.value) else { return cache }
        cache.enabled = fields.flag("enabled")
        cache.type = fields.word("type")
        cache.size = fields.word("size")
        cache.replicas = fields.int("replicas")
        cache.cluster = fields.flag("cluster")
        return cache
    }

    // MARK: - monitoring, security

    private func decodeMonitoring(_ pair: YAMLPair) -> MonitoringSection {
        var monitoring = MonitoringSection(range: pair.key.reportRange)
        if case .string(let text)? = pair.value.resolved(.core) {
            if text == "kube-prometheus-stack" {
                monitoring.level = FieldReader.locate(.standard, pair)
                monitoring.kubePrometheusStack = FieldReader.locate(true, pair)
            } else {
                monitoring.level = MonitoringLevel.parse(text).map { FieldReader.locate($0, pair) }
            }
            return monitoring
        }
        guard let fields = FieldReader(pair.value) else { return monitoring }
        monitoring.level = fields.word("level")
        monitoring.prometheus = fields.child("metrics")?.flag("prometheus")
        monitoring.cloudwatch = fields.child("metrics")?.flag("cloudwatch")
        monitoring.logAggregator = fields.child("logs")?.word("aggregator")
        monitoring.logRetention = fields.child("logs")?.int("retention")
        monitoring.grafana = fields.child("dashboards")?.flag("grafana")
        monitoring.tracing = fields.flag("tracing")
        if let items = fields.pair("alerts")?.value.sequence {
            monitoring.alerts = items.compactMap { item in
                guard let alertFields = FieldReader(item) else { return nil }
                var alert = AlertSpec(range: item.reportRange)
                alert.name = alertFields.string("name")
                alert.condition = alertFields.string("condition")
                alert.duration = alertFields.string("duration")
                alert.channel = alertFields.word("channel")
                return alert
            }
        }
        return monitoring
    }

    private func decodeSecurity(_ pair: YAMLPair) -> SecuritySection {
        var security = SecuritySection(range: pair.key.reportRange)
        guard let fields = FieldReader(pair.value) else { return security }
        security.ssl = fields.flag("ssl")
        security.certificateProvider = fields.word("certificate_provider")
        security.waf = fields.flag("waf")
        security.ddosProtection = fields.flag("ddos_protection")
        security.secretsManager = fields.word("secrets_manager")
        security.encryptionAtRest = fields.flag("encryption_at_rest")
        return security
    }

    // MARK: - cicd

    private mutating func decodeCICD(_ pair: YAMLPair) -> CICDSection {
        var cicd = CICDSection(range: pair.key.reportRange)
        guard let fields = FieldReader(pair.value) else { return cicd }
        cicd.provider = fields.word("provider")
        if let items = fields.pair("triggers")?.value.sequence {
            cicd.triggers = items.compactMap { item in
                guard let eventPair = item.mapping?.first, item.mapping?.count == 1,
                      let eventName = eventPair.keyString, let event = TriggerEvent.parse(eventName) else { return nil }
                var trigger = TriggerSpec(event: Located(event, range: eventPair.key.reportRange), range: item.reportRange)
                if let detail = FieldReader(eventPair.value) {
                    trigger.branches = (detail.string("branch").map { [$0] } ?? []) + (detail.strings("branches") ?? [])
                        + (detail.string("pattern").map { [$0] } ?? [])
                    trigger.action = detail.word("action")
                }
                return trigger
            }
        }
        if let items = fields.pair("environments")?.value.sequence {
            var seen: [String: SourceRange] = [:]
            var environments: [DeployEnvironmentSpec] = []
            for item in items {
                guard let envFields = FieldReader(item) else { continue }
                var environment = DeployEnvironmentSpec(range: item.reportRange)
                environment.name = envFields.string("name")
                environment.autoDeploy = envFields.flag("auto_deploy")
                environment.approvalRequired = envFields.flag("approval_required")
                environment.reviewers = envFields.strings("reviewers")
                if let name = environment.name {
                    if let first = seen[name.value] {
                        conflict("deployment environment '\(name.value)' is listed twice", at: name.range, other: first, otherMessage: "first listed here")
                        continue
                    }
                    seen[name.value] = name.range
                }
                environments.append(environment)
            }
            cicd.environments = environments
        }
        cicd.migrations = fields.section("migrations", MigrationSettings.init(range:)) { inner, migrations in
            migrations.autoRun = inner.flag("auto_run")
            migrations.rollbackOnFailure = inner.flag("rollback_on_failure")
        }
        return cicd
    }

    // MARK: - kubernetes

    private mutating func decodeKubernetes(_ pair: YAMLPair?, compact: FieldReader?) -> KubernetesSection? {
        let compactPairs = ["cluster", "namespace", "ingress"].compactMap { compact?.pair($0) }
        guard pair != nil || !compactPairs.isEmpty else { return nil }
        var kubernetes = KubernetesSection(range: pair?.key.reportRange ?? compactPairs[0].key.reportRange)
        let fields = FieldReader(pair?.value)
        for key in ["cluster", "namespace", "ingress"] {
            let outer = fields?.pair(key)
            let inner = compact?.pair(key)
            if let outer, let inner {
                conflict("'\(key)' is written both in 'kubernetes' and inside 'deployment'; keep one", at: inner.key.reportRange,
                         other: outer.key.reportRange, otherMessage: "'kubernetes.\(key)' is here")
            }
            guard let chosen = outer ?? inner else { continue }
            switch key {
            case "cluster":
                if case .string(let text)? = chosen.value.resolved(.core) {
                    kubernetes.cluster = ClusterMode.parse(text).map { FieldReader.locate($0, chosen) }
                }
            case "namespace":
                kubernetes.namespace = FieldReader.string(chosen)
            default:
                let ingress = FieldReader(chosen.value)
                kubernetes.ingressClass = ingress?.word("class")
                kubernetes.ingressTLS = ingress?.word("ssl")
            }
        }
        return kubernetes
    }

    // MARK: - environments

    private mutating func decodeEnvironments(mapping: YAMLPair?, list: YAMLPair?) -> EnvironmentsSection? {
        if let mapping, let list {
            conflict("per-environment variables are written twice, as 'environment' (mapping) and 'environments' (list); keep one form",
                     at: list.key.reportRange, other: mapping.key.reportRange, otherMessage: "'environment' is here")
        }
        if let mapping {
            let entries: [EnvironmentSpec] = (mapping.value.mapping ?? []).compactMap { envPair in
                guard let name = envPair.keyString else { return nil }
                return EnvironmentSpec(
                    name: Located(name, range: envPair.key.reportRange, keyRange: envPair.key.reportRange),
                    variables: variables(envPair.value))
            }
            return EnvironmentsSection(form: .mapping, entries: entries, range: mapping.key.reportRange)
        }
        guard let list else { return nil }
        var seen: [String: SourceRange] = [:]
        var entries: [EnvironmentSpec] = []
        for item in list.value.sequence ?? [] {
            guard let fields = FieldReader(item), let name = fields.string("name") else { continue }
            if let first = seen[name.value] {
                conflict("environment '\(name.value)' is listed twice", at: name.range, other: first, otherMessage: "first listed here")
                continue
            }
            seen[name.value] = name.range
            var secrets: [Located<String>] = []
            var seenSecrets: [String: SourceRange] = [:]
            for secret in fields.strings("secrets") ?? [] {
                if let first = seenSecrets[secret.value] {
                    conflict("secret '\(secret.value)' is listed twice in environment '\(name.value)'", at: secret.range, other: first, otherMessage: "first listed here")
                    continue
                }
                seenSecrets[secret.value] = secret.range
                secrets.append(secret)
            }
            let vars = variables(fields.pair("variables")?.value)
            for secret in secrets {
                if let variable = vars.first(where: { $0.name.value == secret.value }) {
                    conflict("'\(secret.value)' is both a variable and a secret in environment '\(name.value)'; a secret's value must not be written in the file",
                             at: variable.name.range, other: secret.range, otherMessage: "listed as a secret here")
                }
            }
            entries.append(EnvironmentSpec(name: name, variables: vars, secrets: secrets))
        }
        return EnvironmentsSection(form: .list, entries: entries, range: list.key.reportRange)
    }

    private func variables(_ node: YAMLNode?) -> [EnvironmentVariableSpec] {
        (node?.mapping ?? []).compactMap { pair in
            guard let name = pair.keyString, let scalar = pair.value.scalar else { return nil }
            let text = pair.value.isNull ? "" : scalar.value
            return EnvironmentVariableSpec(
                name: Located(name, range: pair.key.reportRange, keyRange: pair.key.reportRange),
                value: Located(text, range: pair.value.reportRange, keyRange: pair.key.reportRange))
        }
    }
}
