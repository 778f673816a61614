import DeploySyntax

/// DC021: `container_name` on a service with more than one replica: names are unique, so compose cannot
/// start the second container.
public struct ContainerNameWithReplicas: ComposeRule {
    public let id = "DC021"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        compose.services.compactMap { service in
            guard let name = service.containerName, let replicas = service.replicaCount, replicas > 1 else { return nil }
            let source = service.deploy?.replicas ?? service.scale
            return Violation(
                range: name.pairRange,
                message: "service '\(service.name)' sets `container_name: \(name.text)` but asks for \(replicas) replicas: container names are unique, so only one can start; remove `container_name`",
                related: source.map { [.init(path: compose.file.path, range: $0.pairRange, message: "replicas set here")] } ?? [])
        }
    }
}
