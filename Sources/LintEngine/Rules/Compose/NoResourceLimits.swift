import DeploySyntax

/// DC010: a service without memory or CPU limits can starve the host and every other service on it.
public struct NoResourceLimits: ComposeRule {
    public let id = "DC010"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        compose.services.compactMap { service in
            guard !compose.mayInheritSettings(service), service.replicaCount != 0 else { return nil }
            let memory = service.deploy?.memoryLimit != nil || service.memLimit != nil
            let cpu = service.deploy?.cpuLimit != nil || service.cpus != nil
            if memory && cpu { return nil }
            let missing = !memory && !cpu ? "memory or CPU limit" : (!memory ? "memory limit" : "CPU limit")
            let fix = !memory && !cpu ? "`deploy.resources.limits` with `memory` and `cpus`" : (!memory ? "`deploy.resources.limits.memory`" : "`deploy.resources.limits.cpus`")
            return Violation(
                range: service.nameRange,
                message: "service '\(service.name)' has no \(missing): a leak or a load spike can exhaust the host and take every other service down; set \(fix)")
        }
    }
}
