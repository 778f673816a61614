/// The shape of `deployment.yaml`: every key, its type, range, vocabulary and a one-line summary.
///
/// Validation (`ShapeValidator`), the JSON Schema (`JSONSchemaBuilder`) and "did you mean" all read this table.
/// Sections may be written at the top level (the full form) or inside `deployment:` (the compact form of the
/// design documents); both places use the same named shapes.
public enum DeploymentShape {
    public static let root: SpecShape = .object(ObjectShape([
        FieldShape("deployment", deployment, "What is deployed and how: name, framework, pattern (required).", required: true),
        FieldShape("platform", platform, "Provider, region, availability zones and domain; or just the provider (`platform: aws`)."),
        FieldShape("database", database, "PostgreSQL: version, size, storage, backups, replicas, Multi-AZ."),
        FieldShape("application", application, "Runtime, instances, memory, CPU, port, autoscaling and health check."),
        FieldShape("networking", networking, "VPC and load balancer (small-saas and production-saas)."),
        FieldShape("storage", storage, "Object storage and its buckets; or just the type (`storage: s3`)."),
        FieldShape("cache", cache, "Redis/Valkey/Memcached; or a shorthand (`cache: redis-cluster`)."),
        FieldShape("monitoring", monitoring, "A level (`monitoring: standard`) or metrics, logs, dashboards and alerts."),
        FieldShape("security", security, "TLS, certificates, WAF, DDoS protection, secrets, encryption at rest."),
        FieldShape("cicd", cicd, "Pipeline provider, triggers, deployment environments and migrations."),
        FieldShape("kubernetes", kubernetes, "Cluster, namespace and ingress (kubernetes pattern)."),
        FieldShape("environment", environmentMap, "Variables per environment, mapping form: `environment: {dev: {LOG_LEVEL: debug}}`."),
        FieldShape("environments", environmentList, "Variables and secrets per environment, list form: `- {name, variables, secrets}`."),
    ], allowsExtensionKeys: true))

    // MARK: - deployment

    static let deploymentMetaFields: [FieldShape] = [
        FieldShape("name", .string(.format(.applicationName)), "Application name: lowercase letters, digits and '-', at most 28 characters. Default: app."),
        FieldShape("framework", vocabulary(Framework.self), "fraiseql | django | rails | node. Default: fraiseql."),
        FieldShape("pattern", vocabulary(DeploymentPattern.self), "hobby-project | small-saas | production-saas | kubernetes.", required: true),
        FieldShape("version", .versionText, "The application's version, e.g. \"1.0.0\"."),
    ]

    /// Keys the compact form accepts inside `deployment:` besides the meta fields.
    static let compactFields: [FieldShape] = [
        FieldShape("platform", platform, "Same as the top-level `platform`."),
        FieldShape("region", region, "Same as `platform.region`."),
        FieldShape("regions", regions, "Same as `platform.regions`."),
        FieldShape("domain", domain, "Same as `platform.domain`."),
        FieldShape("database", database, "Same as the top-level `database`."),
        FieldShape("application", application, "Same as the top-level `application`."),
        FieldShape("networking", networking, "Same as the top-level `networking`."),
        FieldShape("storage", storage, "Same as the top-level `storage`."),
        FieldShape("cache", cache, "Same as the top-level `cache`."),
        FieldShape("monitoring", monitoring, "Same as the top-level `monitoring`."),
        FieldShape("security", security, "Same as the top-level `security`."),
        FieldShape("cicd", cicd, "Same as the top-level `cicd`."),
        FieldShape("cluster", clusterMode, "Same as `kubernetes.cluster`."),
        FieldShape("namespace", namespace, "Same as `kubernetes.namespace`."),
        FieldShape("ingress", ingress, "Same as `kubernetes.ingress`."),
        FieldShape("environment", environmentMap, "Same as the top-level `environment`."),
        FieldShape("environments", environmentList, "Same as the top-level `environments`."),
    ]

    static let deployment: SpecShape = .named("deployment", .object(ObjectShape(deploymentMetaFields + compactFields)))

    // MARK: - platform

    static let region: SpecShape = .named("region", .string(.format(.region)))
    static let regions: SpecShape = .list(region, minItems: 1)
    static let domain: SpecShape = .named("domain", .string(.format(.domain)))

    static let platform: SpecShape = .named("platform", .choice([
        vocabulary(CloudProvider.self),
        .object(ObjectShape([
            FieldShape("provider", vocabulary(CloudProvider.self), "aws | gcp | azure | digitalocean | hetzner | bare-metal."),
            FieldShape("region", region, "Region code; checked against AWS's regions when the provider is aws. Default on aws: us-east-1."),
            FieldShape("regions", regions, "Several regions, primary first (the others are disaster-recovery targets)."),
            FieldShape("availability_zones", .choice([
                .integer(1...6, unit: nil),
                .list(.string(.format(.availabilityZone)), minItems: 1),
            ]), "How many zones (1-6), or their names."),
            FieldShape("domain", domain, "The public host name, e.g. shop.example.com."),
        ])),
    ]))

    // MARK: - database

    static let backup: SpecShape = .named("backup", .choice([
        vocabulary(BackupFrequency.self),
        .object(ObjectShape([
            FieldShape("frequency", vocabulary(BackupFrequency.self), "hourly | daily | weekly | continuous (point-in-time recovery)."),
            FieldShape("retention", .integer(1...35, unit: "days"), "Days backups are kept, 1-35 (the RDS maximum)."),
        ])),
    ]))

    static let database: SpecShape = .named("database", .object(ObjectShape([
        FieldShape("engine", vocabulary(DatabaseEngine.self), "postgresql (the only engine)."),
        FieldShape("version", .versionText, "PostgreSQL version, e.g. \"16\" or \"16.4\" (14 and older warn: end of life). Default: \"16\"."),
        FieldShape("size", vocabulary(DatabaseSize.self), "small | medium | large | xlarge (small is db.t4g.micro on RDS)."),
        FieldShape("storage", .integer(10...65536, unit: "GB"), "Allocated storage in GB."),
        FieldShape("backup", backup, "A frequency (`backup: daily`) or frequency and retention."),
        FieldShape("replicas", .integer(0...15, unit: nil), "Read replicas."),
        FieldShape("multi_az", .flag, "A standby in another availability zone (not on hobby-project)."),
        FieldShape("operator", vocabulary(DatabaseOperator.self), "cloudnative-pg (kubernetes pattern only)."),
    ])))

    // MARK: - application

    static let instanceCount: SpecShape = .integer(1...1000, unit: nil)

    static let application: SpecShape = .named("application", .object(ObjectShape([
        FieldShape("runtime", vocabulary(Runtime.self), "python | ruby | node; must match the framework."),
        FieldShape("version", .versionText, "Runtime version, e.g. \"3.13\" or \"24\"."),
        FieldShape("instances", instanceCount, "Application containers or tasks, at least 1."),
        FieldShape("replicas", instanceCount, "Same as `instances` (Kubernetes wording)."),
        FieldShape("memory", .string(.format(.memory)), "Memory per instance, e.g. 512Mi or 2Gi."),
        FieldShape("cpu", .choice([.number(0.05...64, unit: "vCPUs"), .string(.format(.cpu))]), "vCPUs per instance (0.5) or millicores (\"500m\")."),
        FieldShape("port", .integer(1...65535, unit: nil), "The port the application listens on."),
        FieldShape("autoscale", .object(ObjectShape([
            FieldShape("enabled", .flag, "Scale between min and max on load."),
            FieldShape("min", instanceCount, "Fewest instances."),
            FieldShape("max", instanceCount, "Most instances; at least min."),
            FieldShape("target_cpu", .integer(1...100, unit: "percent"), "Target average CPU utilisation."),
            FieldShape("target_memory", .integer(1...100, unit: "percent"), "Target average memory utilisation."),
        ])), "Autoscaling (not on hobby-project)."),
        FieldShape("hpa", .flag, "Same as `autoscale.enabled` (Kubernetes wording)."),
        FieldShape("health_check", .object(ObjectShape([
            FieldShape("path", .string(.format(.httpPath)), "HTTP path probed."),
            FieldShape("interval", .integer(5...300, unit: "seconds"), "Seconds between probes."),
            FieldShape("timeout", .integer(2...120, unit: "seconds"), "Seconds a probe may take; less than interval."),
        ])), "The HTTP health check."),
    ])))

    // MARK: - networking

    static let networking: SpecShape = .named("networking", .object(ObjectShape([
        FieldShape("vpc_cidr", .string(.format(.cidr)), "The VPC's IPv4 block, /16 to /28."),
        FieldShape("public_subnets", .integer(1...6, unit: nil), "Public subnets (one per availability zone)."),
        FieldShape("private_subnets", .integer(1...6, unit: nil), "Private subnets (one per availability zone)."),
        FieldShape("nat_gateway", .flag, "Outbound internet for private subnets."),
        FieldShape("load_balancer", .object(ObjectShape([
            FieldShape("type", vocabulary(LoadBalancerType.self), "application | network."),
            FieldShape("ssl", .flag, "HTTPS listener."),
            FieldShape("certificate", .string(.format(.certificate)), "acm, letsencrypt or an ACM certificate ARN."),
        ])), "The load balancer in front of the application."),
    ])))

    // MARK: - storage and cache

    static let storage: SpecShape = .named("storage", .choice([
        vocabulary(StorageType.self),
        .object(ObjectShape([
            FieldShape("type", vocabulary(StorageType.self), "s3 | gcs | azure-blob | local."),
            FieldShape("buckets", .list(.object(ObjectShape([
                FieldShape("name", .string(.format(.bucketName)), "Bucket name (S3 naming rules).", required: true),
                FieldShape("public", .flag, "Readable by anyone (avoid: serve through the CDN instead)."),
                FieldShape("versioning", .flag, "Keep old versions of objects."),
                FieldShape("lifecycle", .integer(1...36500, unit: "days"), "Days after which objects expire."),
            ], noun: "bucket")), minItems: 0), "Buckets to create."),
        ])),
    ]))

    /// The words `cache:` accepts as a shorthand.
    static let cacheShorthand = Vocabulary(noun: "cache", canonical: ["redis", "valkey", "memcached", "redis-cluster", "valkey-cluster", "none"])

    static let cache: SpecShape = .named("cache", .choice([
        .flag,
        .string(.vocabulary(cacheShorthand)),
        .object(ObjectShape([
            FieldShape("enabled", .flag, "Whether a cache runs."),
            FieldShape("type", vocabulary(CacheType.self), "redis | valkey | memcached."),
            FieldShape("size", vocabulary(CacheSize.self), "small | medium | large."),
            FieldShape("replicas", .integer(0...5, unit: nil), "Replicas per shard."),
            FieldShape("cluster", .flag, "Cluster mode (sharding)."),
        ])),
    ]))

    // MARK: - monitoring

    /// The words `monitoring:` accepts as a shorthand: the levels, and the Kubernetes stack's name.
    static let monitoringShorthand = Vocabulary(
        noun: "monitoring level",
        canonical: MonitoringLevel.canonicalSpellings + ["kube-prometheus-stack"]
    )

    static let monitoring: SpecShape = .named("monitoring", .choice([
        .string(.vocabulary(monitoringShorthand)),
        .object(ObjectShape([
            FieldShape("level", vocabulary(MonitoringLevel.self), "none | basic | standard | enterprise."),
            FieldShape("metrics", .object(ObjectShape([
                FieldShape("prometheus", .flag, "Prometheus scraping."),
                FieldShape("cloudwatch", .flag, "CloudWatch metrics (aws only)."),
            ])), "Where metrics go."),
            FieldShape("logs", .object(ObjectShape([
                FieldShape("aggregator", vocabulary(LogAggregator.self), "none | loki | cloudwatch | elasticsearch."),
                FieldShape("retention", .integer(1...3653, unit: "days"), "Days logs are kept."),
            ])), "Where logs go."),
            FieldShape("dashboards", .object(ObjectShape([
                FieldShape("grafana", .flag, "Grafana dashboards."),
            ])), "Dashboards."),
            FieldShape("tracing", .flag, "Distributed tracing (OpenTelemetry Collector and Tempo)."),
            FieldShape("alerts", .list(.object(ObjectShape([
                FieldShape("name", .string(.any), "Alert name.", required: true),
                FieldShape("condition", .string(.any), "Condition, e.g. `cpu > 80`.", required: true),
                FieldShape("duration", .string(.format(.duration)), "How long the condition must hold, e.g. 5m."),
                FieldShape("channel", vocabulary(AlertChannel.self), "email | slack | pagerduty | webhook."),
            ], noun: "alert")), minItems: 0), "Alert rules."),
        ])),
    ]))

    // MARK: - security

    static let security: SpecShape = .named("security", .object(ObjectShape([
        FieldShape("ssl", .flag, "Serve HTTPS."),
        FieldShape("certificate_provider", vocabulary(CertificateProvider.self), "letsencrypt | aws-acm | cert-manager."),
        FieldShape("waf", .flag, "AWS WAF on the load balancer or CDN."),
        FieldShape("ddos_protection", .flag, "AWS Shield Advanced (paid; Shield Standard is always on)."),
        FieldShape("secrets_manager", vocabulary(SecretsManager.self), "aws-secrets | vault | env-file | kubernetes."),
        FieldShape("encryption_at_rest", .flag, "Encrypt databases, volumes and buckets."),
    ])))

    // MARK: - cicd

    static let triggerDetail: SpecShape = .object(ObjectShape([
        FieldShape("branch", .string(.any), "Branch (or glob) that starts the pipeline."),
        FieldShape("branches", .list(.string(.any), minItems: 1), "Several branches."),
        FieldShape("pattern", .string(.any), "Tag pattern, e.g. v*."),
        FieldShape("action", vocabulary(PipelineAction.self), "test | build | deploy."),
    ]))

    static let cicd: SpecShape = .named("cicd", .object(ObjectShape([
        FieldShape("provider", vocabulary(CICDProvider.self), "github-actions | none."),
        FieldShape("triggers", .list(.object(ObjectShape(
            TriggerEvent.allCases.map { FieldShape($0.rawValue, triggerDetail, "Run on \($0.rawValue).") },
            keyCount: 1...1, noun: "trigger"
        )), minItems: 0), "What starts a pipeline: `- push: {branch: main, action: deploy}`."),
        FieldShape("environments", .list(.object(ObjectShape([
            FieldShape("name", .string(.format(.environmentName)), "Environment name.", required: true),
            FieldShape("auto_deploy", .flag, "Deploy without a manual step."),
            FieldShape("approval_required", .flag, "A reviewer must approve each deployment."),
            FieldShape("reviewers", .list(.string(.format(.reviewer)), minItems: 1), "GitHub users or org/team allowed to approve."),
        ], noun: "environment")), minItems: 0), "Deployment environments, in promotion order."),
        FieldShape("migrations", .object(ObjectShape([
            FieldShape("auto_run", .flag, "Run database migrations during deployment."),
            FieldShape("rollback_on_failure", .flag, "Roll back the deployment when migrations fail."),
        ])), "Database migrations."),
    ])))

    // MARK: - kubernetes

    static let clusterMode: SpecShape = vocabulary(ClusterMode.self)
    static let namespace: SpecShape = .string(.format(.namespace))
    static let ingress: SpecShape = .named("ingress", .object(ObjectShape([
        FieldShape("class", vocabulary(IngressClass.self), "traefik | nginx | alb | gateway-api."),
        FieldShape("ssl", vocabulary(IngressTLS.self), "cert-manager | none."),
    ])))

    static let kubernetes: SpecShape = .named("kubernetes", .object(ObjectShape([
        FieldShape("cluster", clusterMode, "existing | create."),
        FieldShape("namespace", namespace, "Namespace. Default: the application name."),
        FieldShape("ingress", ingress, "Ingress class and TLS."),
    ])))

    // MARK: - environments

    static let variables: SpecShape = .object(ObjectShape([], otherKeys: OtherKeys(keyFormat: .environmentVariableName, value: .anyScalar)))

    static let environmentMap: SpecShape = .named("environment", .object(ObjectShape(
        [], otherKeys: OtherKeys(keyFormat: .environmentName, value: variables)
    )))

    static let environmentList: SpecShape = .named("environments", .list(.object(ObjectShape([
        FieldShape("name", .string(.format(.environmentName)), "Environment name.", required: true),
        FieldShape("variables", variables, "Variables: NAME: value."),
        FieldShape("secrets", .list(.string(.format(.environmentVariableName)), minItems: 0), "Names of secrets (values live in the secrets manager)."),
    ], noun: "environment")), minItems: 0))

    // MARK: - helpers

    static func vocabulary<E: SpecEnumeration>(_ type: E.Type) -> SpecShape {
        .string(.vocabulary(E.vocabulary))
    }

    /// Every key path of the full form, lists written `[]` (`storage.buckets[].name`): what the reference documents.
    static func allKeyPaths() -> [String] {
        var paths: [String] = []
        func walk(_ shape: SpecShape, _ prefix: String) {
            switch shape.base {
            case .object(let object):
                for field in object.fields {
                    if prefix == "deployment" && compactFields.contains(where: { $0.key == field.key }) { continue }
                    let path = prefix.isEmpty ? field.key : prefix + "." + field.key
                    paths.append(path)
                    walk(field.shape, path)
                }
            case .list(let item, _): walk(item, prefix + "[]")
            case .choice(let alternatives): alternatives.forEach { walk($0, prefix) }
            default: break
            }
        }
        walk(root, "")
        return paths
    }

    /// Every path at which a key is known, for "it belongs under …" suggestions: `instances` -> `application.instances`.
    static let keyPaths: [String: [String]] = {
        var paths: [String: [String]] = [:]
        func walk(_ shape: SpecShape, _ prefix: String) {
            switch shape.base {
            case .object(let object):
                for field in object.fields {
                    let path = prefix.isEmpty ? field.key : prefix + "." + field.key
                    // Compact-form aliases inside `deployment` would double every path; the top level is the canonical one.
                    if prefix == "deployment" && compactFields.contains(where: { $0.key == field.key }) { continue }
                    paths[field.key, default: []].append(path)
                    walk(field.shape, path)
                }
            case .list(let item, _): walk(item, prefix)
            case .choice(let alternatives): alternatives.forEach { walk($0, prefix) }
            default: break
            }
        }
        walk(root, "")
        return paths
    }()
}
