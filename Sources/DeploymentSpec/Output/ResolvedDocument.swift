import DeploySyntax

/// The resolved spec as a `deployment.yaml`-shaped tree (full form, snake_case keys), printed by
/// `specql-deploy validate --resolved` as YAML or JSON.
public enum ResolvedDocument {
    public enum Format: String, Sendable, CaseIterable {
        case yaml
        case json
    }

    public static func render(_ deployment: ResolvedDeployment, as format: Format) -> String {
        switch format {
        case .yaml:
            let header = "Resolved \(deployment.sources.path): every value, written or default (\(deployment.framework.rawValue) and \(deployment.pattern.rawValue) defaults)."
            return YAMLEmitter().emit(YAMLFile(headerComment: header, tree(deployment)))
        case .json:
            return JSONWriter.render(tree(deployment))
        }
    }

    /// Several files: YAML documents separated by `---`, or a JSON array (one object for a single file).
    public static func render(_ deployments: [ResolvedDeployment], as format: Format) -> String {
        if deployments.count == 1, let only = deployments.first { return render(only, as: format) }
        guard !deployments.isEmpty else { return "" }
        switch format {
        case .yaml:
            let header = "Resolved: " + deployments.map(\.sources.path).joined(separator: ", ") + " (one document each, in that order)."
            return YAMLEmitter().emit(YAMLFile(headerComment: header, documents: deployments.map(tree)))
        case .json:
            return JSONWriter.render(.list(deployments.map(tree)))
        }
    }

    public static func tree(_ d: ResolvedDeployment) -> YAMLValue {
        var entries: [YAMLValue.Entry] = [
            .init("deployment", [
                "name": .string(d.name), "framework": .string(d.framework.rawValue),
                "pattern": .string(d.pattern.rawValue), "version": .string(d.version),
            ]),
            .init("platform", platform(d.platform)),
            .init("runtime", runtime(d.runtime)),
            .init("application", application(d.application)),
            .init("database", database(d.database)),
            .init("cache", d.cache.map(cache) ?? ["enabled": false]),
            .init("storage", storage(d.storage)),
        ]
        if let networking = d.networking { entries.append(.init("networking", self.networking(networking))) }
        entries += [
            .init("monitoring", monitoring(d.monitoring)),
            .init("security", security(d.security)),
            .init("cicd", cicd(d.cicd)),
        ]
        if let kubernetes = d.kubernetes {
            entries.append(.init("kubernetes", [
                "cluster": .string(kubernetes.cluster.rawValue), "namespace": .string(kubernetes.namespace),
                "ingress": ["class": .string(kubernetes.ingressClass.rawValue), "ssl": .string(kubernetes.ingressTLS.rawValue)],
            ]))
        }
        entries.append(.init("environments", .list(d.environments.map(environment))))
        return .mapping(entries)
    }

    private static func optional(_ text: String?) -> YAMLValue { text.map(YAMLValue.string) ?? .null }

    private static func strings(_ values: [String]) -> YAMLValue { .list(values.map(YAMLValue.string)) }

    private static func platform(_ p: ResolvedPlatform) -> YAMLValue {
        var entries: [YAMLValue.Entry] = [
            .init("provider", .string(p.provider.rawValue)),
            .init("region", optional(p.region)),
        ]
        if !p.secondaryRegions.isEmpty { entries.append(.init("secondary_regions", strings(p.secondaryRegions))) }
        entries.append(.init("availability_zones", p.availabilityZoneNames.isEmpty ? .int(p.availabilityZones) : strings(p.availabilityZoneNames)))
        entries += [
            .init("domain", optional(p.domain)),
            .init("hosting", .string(p.hosting.rawValue)),
            .init("reverse_proxy", .string(p.reverseProxy.rawValue)),
        ]
        return .mapping(entries)
    }

    private static func runtime(_ r: ResolvedRuntime) -> YAMLValue {
        [
            "language": .string(r.language.rawValue), "version": .string(r.version), "base_image": .string(r.baseImage),
            "package_manager": .string(r.packageManager.rawValue), "app_server": .string(r.appServer.rawValue),
            "worker": optional(r.worker?.rawValue), "rust_extensions": .bool(r.rustExtensions),
        ]
    }

    private static func application(_ a: ResolvedApplication) -> YAMLValue {
        [
            "instances": .int(a.instances), "memory": .string(a.memory.description), "cpu": .string(a.cpu.description),
            "port": .int(a.port),
            "autoscale": [
                "enabled": .bool(a.autoscale.enabled), "min": .int(a.autoscale.min), "max": .int(a.autoscale.max),
                "target_cpu": .int(a.autoscale.targetCPU), "target_memory": .int(a.autoscale.targetMemory),
            ],
            "health_check": [
                "path": .string(a.healthCheck.path), "interval": .int(a.healthCheck.intervalSeconds),
                "timeout": .int(a.healthCheck.timeoutSeconds),
            ],
        ]
    }

    private static func database(_ db: ResolvedDatabase) -> YAMLValue {
        [
            "engine": .string(db.engine.rawValue), "hosting": .string(db.hosting.rawValue), "version": .string(db.version),
            "size": .string(db.size.rawValue), "instance_class": .string(db.instanceClass), "storage": .int(db.storageGB),
            "backup": ["frequency": .string(db.backup.frequency.rawValue), "retention": .int(db.backup.retentionDays)],
            "replicas": .int(db.replicas), "multi_az": .bool(db.multiAZ),
        ]
    }

    private static func cache(_ c: ResolvedCache) -> YAMLValue {
        [
            "enabled": true, "type": .string(c.type.rawValue), "size": .string(c.size.rawValue),
            "node_type": .string(c.nodeType), "replicas": .int(c.replicas), "cluster": .bool(c.cluster),
            "job_queue_broker": .bool(c.isJobQueueBroker),
        ]
    }

    private static func storage(_ s: ResolvedStorage) -> YAMLValue {
        [
            "type": .string(s.type.rawValue),
            "buckets": .list(s.buckets.map { bucket in
                var entries: [YAMLValue.Entry] = [
                    .init("name", .string(bucket.name)), .init("public", .bool(bucket.isPublic)),
                    .init("versioning", .bool(bucket.versioning)),
                ]
                if let days = bucket.lifecycleDays { entries.append(.init("lifecycle", .int(days))) }
                return .mapping(entries)
            }),
            "cdn": .bool(s.cdn),
        ]
    }

    private static func networking(_ n: ResolvedNetworking) -> YAMLValue {
        [
            "vpc_cidr": .string(n.vpcCIDR), "public_subnets": .int(n.publicSubnets), "private_subnets": .int(n.privateSubnets),
            "nat_gateway": .string(n.natGateway.rawValue),
            "load_balancer": [
                "type": .string(n.loadBalancer.type.rawValue), "ssl": .bool(n.loadBalancer.ssl),
                "certificate": .string(n.loadBalancer.certificate),
            ],
        ]
    }

    private static func monitoring(_ m: ResolvedMonitoring) -> YAMLValue {
        [
            "level": .string(m.level.rawValue),
            "metrics": ["prometheus": .bool(m.prometheus), "cloudwatch": .bool(m.cloudwatch)],
            "logs": ["aggregator": .string(m.logs.aggregator.rawValue), "retention": .int(m.logs.retentionDays)],
            "dashboards": ["grafana": .bool(m.grafana)],
            "tracing": .bool(m.tracing),
            "kube_prometheus_stack": .bool(m.kubePrometheusStack),
            "alerts": .list(m.alerts.map { alert in
                ["name": .string(alert.name), "condition": .string(alert.condition), "duration": .string(alert.duration),
                 "channel": .string(alert.channel.rawValue)]
            }),
        ]
    }

    private static func security(_ s: ResolvedSecurity) -> YAMLValue {
        [
            "ssl": .bool(s.ssl), "certificate_provider": .string(s.certificateProvider.rawValue), "waf": .bool(s.waf),
            "ddos_protection": .bool(s.ddosProtection), "secrets_manager": .string(s.secretsManager.rawValue),
            "encryption_at_rest": .bool(s.encryptionAtRest),
        ]
    }

    private static func cicd(_ c: ResolvedCICD) -> YAMLValue {
        [
            "provider": .string(c.provider.rawValue),
            "triggers": .list(c.triggers.map { trigger in
                YAMLValue.mapping([.init(trigger.event.rawValue, [
                    "branches": strings(trigger.branches), "action": .string(trigger.action.rawValue),
                ])])
            }),
            "environments": .list(c.environments.map { environment in
                ["name": .string(environment.name), "auto_deploy": .bool(environment.autoDeploy),
                 "approval_required": .bool(environment.approvalRequired), "reviewers": strings(environment.reviewers)]
            }),
            "migrations": ["auto_run": .bool(c.migrations.autoRun), "rollback_on_failure": .bool(c.migrations.rollbackOnFailure)],
        ]
    }

    private static func environment(_ e: ResolvedEnvironment) -> YAMLValue {
        [
            "name": .string(e.name),
            "variables": .mapping(e.variables.map { YAMLValue.Entry($0.name, .string($0.value)) }),
            "secrets": strings(e.secrets),
        ]
    }
}
