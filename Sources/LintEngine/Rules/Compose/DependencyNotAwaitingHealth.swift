import DeploySyntax

/// DC007: `depends_on` a service that has a health check, without `condition: service_healthy`.
public struct DependencyNotAwaitingHealth: ComposeRule {
    public let id = "DC007"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        for service in compose.services {
            for dependency in service.dependsOn where dependency.effectiveCondition == "service_started" {
                guard let target = compose.service(named: dependency.service),
                      let hc = target.healthcheck, !hc.isDisabled else { continue }
                let form = dependency.isListForm ? "is listed under `depends_on`" : "uses `condition: service_started`"
                out.append(Violation(
                    range: dependency.range,
                    message: "'\(service.name)' waits only for '\(dependency.service)' to start, not to be ready: '\(dependency.service)' has a health check but this dependency \(form); use `\(dependency.service): { condition: service_healthy }`",
                    related: [.init(path: compose.file.path, range: hc.keyRange, message: "'\(dependency.service)' health check")],
                    // An explicit `service_started` may be a deliberate choice: say so quietly.
                    severity: dependency.condition == nil ? nil : .note))
            }
        }
        return out
    }
}
