/// The application containers: how many, how big, on which port, how they scale and are probed.
public struct ResolvedApplication: Hashable, Sendable {
    public var instances: Int
    public var memory: MemorySize
    public var cpu: CPUAmount
    public var port: Int
    public var autoscale: ResolvedAutoscale
    public var healthCheck: ResolvedHealthCheck

    public init(instances: Int, memory: MemorySize, cpu: CPUAmount, port: Int, autoscale: ResolvedAutoscale, healthCheck: ResolvedHealthCheck) {
        self.instances = instances
        self.memory = memory
        self.cpu = cpu
        self.port = port
        self.autoscale = autoscale
        self.healthCheck = healthCheck
    }
}

public struct ResolvedAutoscale: Hashable, Sendable {
    public var enabled: Bool
    public var min: Int
    public var max: Int
    /// Percent.
    public var targetCPU: Int
    /// Percent.
    public var targetMemory: Int

    public init(enabled: Bool, min: Int, max: Int, targetCPU: Int, targetMemory: Int) {
        self.enabled = enabled
        self.min = min
        self.max = max
        self.targetCPU = targetCPU
        self.targetMemory = targetMemory
    }

    /// No autoscaling: min and max pinned to the instance count.
    public static func disabled(instances: Int) -> ResolvedAutoscale {
        ResolvedAutoscale(enabled: false, min: instances, max: instances, targetCPU: 70, targetMemory: 80)
    }
}

public struct ResolvedHealthCheck: Hashable, Sendable {
    public var path: String
    public var intervalSeconds: Int
    public var timeoutSeconds: Int

    public init(path: String, intervalSeconds: Int, timeoutSeconds: Int) {
        self.path = path
        self.intervalSeconds = intervalSeconds
        self.timeoutSeconds = timeoutSeconds
    }
}
