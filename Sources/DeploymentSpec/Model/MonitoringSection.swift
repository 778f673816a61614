import DeploySyntax

/// `monitoring:` (or the shorthand `monitoring: standard`).
public struct MonitoringSection: Hashable, Sendable {
    public var level: Located<MonitoringLevel>?
    /// Set when the shorthand `monitoring: kube-prometheus-stack` was used (it means `standard` on Kubernetes).
    public var kubePrometheusStack: Located<Bool>?
    public var prometheus: Located<Bool>?
    public var cloudwatch: Located<Bool>?
    public var logAggregator: Located<LogAggregator>?
    /// Days logs are kept.
    public var logRetention: Located<Int>?
    public var grafana: Located<Bool>?
    public var tracing: Located<Bool>?
    public var alerts: [AlertSpec]?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}

/// One item of `monitoring.alerts:`.
public struct AlertSpec: Hashable, Sendable {
    public var name: Located<String>?
    /// A condition such as `cpu > 80` or `connections > 80%`.
    public var condition: Located<String>?
    /// How long the condition must hold (`5m`).
    public var duration: Located<String>?
    public var channel: Located<AlertChannel>?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}
