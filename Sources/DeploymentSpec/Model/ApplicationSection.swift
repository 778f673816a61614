import DeploySyntax

/// `application:`: runtime, instances, resources, port, autoscaling and health check.
public struct ApplicationSection: Hashable, Sendable {
    public var runtime: Located<Runtime>?
    /// The runtime version as written (`"3.13"`, `24`).
    public var version: Located<String>?
    /// `instances:` (or `replicas:` in the Kubernetes form).
    public var instances: Located<Int>?
    public var memory: Located<MemorySize>?
    public var cpu: Located<CPUAmount>?
    public var port: Located<Int>?
    public var autoscale: AutoscaleSettings?
    public var healthCheck: HealthCheckSettings?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}

/// `autoscale:` (or `hpa: enabled` in the Kubernetes form).
public struct AutoscaleSettings: Hashable, Sendable {
    public var enabled: Located<Bool>?
    public var min: Located<Int>?
    public var max: Located<Int>?
    /// Target average CPU utilisation, percent.
    public var targetCPU: Located<Int>?
    /// Target average memory utilisation, percent.
    public var targetMemory: Located<Int>?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}

/// `health_check:`: the HTTP path probed and how often.
public struct HealthCheckSettings: Hashable, Sendable {
    public var path: Located<String>?
    /// Seconds between probes.
    public var interval: Located<Int>?
    /// Seconds a probe may take.
    public var timeout: Located<Int>?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}
