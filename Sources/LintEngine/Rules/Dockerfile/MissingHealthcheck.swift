import DeploySyntax

/// DF002: the final image has no `HEALTHCHECK` (neither in the final stage nor in the stages it is built on).
public struct MissingHealthcheck: DockerfileRule {
    public let id = "DF002"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        guard let final = dockerfile.finalStage else { return [] }
        if !dockerfile.lineageInstructions(ofStage: final.index, .healthcheck).isEmpty { return [] }
        return [Violation(
            range: dockerfile.anchorRange(of: final),
            message: "the final stage (\(dockerfile.fromDescription(of: final))) has no HEALTHCHECK, so Docker and Compose cannot tell a hung service from a healthy one: add 'HEALTHCHECK CMD …' that probes the service, or 'HEALTHCHECK NONE' to say the orchestrator checks health"
        )]
    }
}
