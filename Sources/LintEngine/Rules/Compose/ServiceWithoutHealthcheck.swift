import DeploySyntax

/// DC006: a long-running service without a health check: `depends_on` and restarts cannot tell ready from
/// started, and a hung process is never noticed.
public struct ServiceWithoutHealthcheck: ComposeRule {
    public let id = "DC006"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        let tasks = compose.completedTaskNames
        var out: [Violation] = []
        for service in compose.services {
            if compose.mayInheritSettings(service) || service.declaresOneShotRestart || tasks.contains(service.name) { continue }
            if service.replicaCount == 0 { continue }
            if let hc = service.healthcheck {
                guard hc.isDisabled else { continue }
                out.append(Violation(
                    range: hc.keyRange,
                    message: "service '\(service.name)' disables its health check: compose cannot tell when it is ready or hung; define a `healthcheck` with a `test` that probes the service"))
                continue
            }
            if service.build != nil {
                out.append(Violation(
                    range: service.nameRange,
                    message: "service '\(service.name)' has no `healthcheck` (unless its Dockerfile declares HEALTHCHECK): add one so dependants can wait with `condition: service_healthy` and a hung process shows as unhealthy",
                    severity: .note))
            } else {
                out.append(Violation(
                    range: service.nameRange,
                    message: "service '\(service.name)' has no `healthcheck`: add one (e.g. `test: [\"CMD\", \"pg_isready\"]` for PostgreSQL) so dependants can wait with `condition: service_healthy` and a hung process shows as unhealthy"))
            }
        }
        return out
    }
}
