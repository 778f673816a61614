import DeploySyntax

/// DC009: a long-running service without a restart policy does not come back after a crash or a reboot.
public struct NoRestartPolicy: ComposeRule {
    public let id = "DC009"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        let tasks = compose.completedTaskNames
        return compose.services.compactMap { service in
            guard !compose.mayInheritSettings(service), service.restart == nil, service.deploy?.restartPolicy == nil,
                  !tasks.contains(service.name), service.replicaCount != 0 else { return nil }
            return Violation(
                range: service.nameRange,
                message: "service '\(service.name)' has no restart policy: it stays down after a crash or a host reboot; add `restart: unless-stopped` (or `restart: \"no\"` for a one-shot task)")
        }
    }
}
