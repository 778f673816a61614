/// Metrics, logs, dashboards, tracing and alerts.
public struct ResolvedMonitoring: Hashable, Sendable {
    public var level: MonitoringLevel
    public var prometheus: Bool
    public var cloudwatch: Bool
    public var grafana: Bool
    public var logs: ResolvedLogs
    public var tracing: Bool
    /// On Kubernetes: install through kube-prometheus-stack.
    public var kubePrometheusStack: Bool
    /// Alerts written in the spec; the generator adds its standard set for the level.
    public var alerts: [ResolvedAlert]

    public init(level: MonitoringLevel, prometheus: Bool, cloudwatch: Bool, grafana: Bool, logs: ResolvedLogs, tracing: Bool, kubePrometheusStack: Bool, alerts: [ResolvedAlert]) {
        self.level = level
        self.prometheus = prometheus
        self.cloudwatch = cloudwatch
        self.grafana = grafana
        self.logs = logs
        self.tracing = tracing
        self.kubePrometheusStack = kubePrometheusStack
        self.alerts = alerts
    }
}

public struct ResolvedLogs: Hashable, Sendable {
    public var aggregator: LogAggregator
    public var retentionDays: Int

    public init(aggregator: LogAggregator, retentionDays: Int) {
        self.aggregator = aggregator
        self.retentionDays = retentionDays
    }
}

public struct ResolvedAlert: Hashable, Sendable {
    public var name: String
    public var condition: String
    public var duration: String
    public var channel: AlertChannel

    public init(name: String, condition: String, duration: String, channel: AlertChannel) {
        self.name = name
        self.condition = condition
        self.duration = duration
        self.channel = channel
    }
}

public struct ResolvedSecurity: Hashable, Sendable {
    public var ssl: Bool
    public var certificateProvider: CertificateProvider
    public var waf: Bool
    public var ddosProtection: Bool
    public var secretsManager: SecretsManager
    public var encryptionAtRest: Bool

    public init(ssl: Bool, certificateProvider: CertificateProvider, waf: Bool, ddosProtection: Bool, secretsManager: SecretsManager, encryptionAtRest: Bool) {
        self.ssl = ssl
        self.certificateProvider = certificateProvider
        self.waf = waf
        self.ddosProtection = ddosProtection
        self.secretsManager = secretsManager
        self.encryptionAtRest = encryptionAtRest
    }
}

/// The pipelines.
public struct ResolvedCICD: Hashable, Sendable {
    public var provider: CICDProvider
    public var triggers: [ResolvedTrigger]
    /// In promotion order.
    public var environments: [ResolvedDeployEnvironment]
    public var migrations: ResolvedMigrations

    public init(provider: CICDProvider, triggers: [ResolvedTrigger], environments: [ResolvedDeployEnvironment], migrations: ResolvedMigrations) {
        self.provider = provider
        self.triggers = triggers
        self.environments = environments
        self.migrations = migrations
    }
}

public struct ResolvedTrigger: Hashable, Sendable {
    public var event: TriggerEvent
    /// Branches (or tag patterns for `tag`); empty means all.
    public var branches: [String]
    public var action: PipelineAction

    public init(event: TriggerEvent, branches: [String], action: PipelineAction) {
        self.event = event
        self.branches = branches
        self.action = action
    }
}

public struct ResolvedDeployEnvironment: Hashable, Sendable {
    public var name: String
    public var autoDeploy: Bool
    public var approvalRequired: Bool
    public var reviewers: [String]

    public init(name: String, autoDeploy: Bool, approvalRequired: Bool, reviewers: [String]) {
        self.name = name
        self.autoDeploy = autoDeploy
        self.approvalRequired = approvalRequired
        self.reviewers = reviewers
    }
}

public struct ResolvedMigrations: Hashable, Sendable {
    public var autoRun: Bool
    public var rollbackOnFailure: Bool

    public init(autoRun: Bool, rollbackOnFailure: Bool) {
        self.autoRun = autoRun
        self.rollbackOnFailure = rollbackOnFailure
    }
}

/// One environment's variables (values as written) and secret names.
public struct ResolvedEnvironment: Hashable, Sendable {
    public var name: String
    public var variables: [EnvironmentVariable]
    public var secrets: [String]

    public init(name: String, variables: [EnvironmentVariable], secrets: [String]) {
        self.name = name
        self.variables = variables
        self.secrets = secrets
    }
}

public struct EnvironmentVariable: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
