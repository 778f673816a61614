import DeploySyntax

/// DC023: `condition: service_healthy` on a service with no health check: compose fails the dependant with
/// "dependency has no healthcheck" (or waits forever when it is disabled).
public struct HealthyConditionWithoutHealthcheck: ComposeRule {
    public let id = "DC023"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        for service in compose.services {
            for dependency in service.dependsOn where dependency.effectiveCondition == "service_healthy" {
                guard let condition = dependency.condition, let target = compose.service(named: dependency.service) else { continue }
                if let hc = target.healthcheck {
                    guard hc.isDisabled else { continue }
                    out.append(Violation(
                        range: condition.range,
                        message: "'\(service.name)' waits for '\(dependency.service)' to be healthy, but '\(dependency.service)' disables its health check, so it never is; give '\(dependency.service)' a `healthcheck` or use `condition: service_started`",
                        related: [.init(path: compose.file.path, range: hc.keyRange, message: "health check disabled here")]))
                    continue
                }
                // A built image may declare HEALTHCHECK in its Dockerfile; settings may come from the base file.
                if target.build != nil || compose.mayInheritSettings(target) { continue }
                out.append(Violation(
                    range: condition.range,
                    message: "'\(service.name)' waits for '\(dependency.service)' to be healthy, but '\(dependency.service)' defines no `healthcheck` (unless its image declares HEALTHCHECK, compose stops with 'dependency has no healthcheck'); add a `healthcheck` to '\(dependency.service)'",
                    related: [.init(path: compose.file.path, range: target.nameRange, message: "'\(dependency.service)' defined here")]))
            }
        }
        return out
    }
}
