import DeploySyntax

/// K8S024: a Service of type NodePort, unless an Ingress of the same file routes to it (GKE's and other
/// cloud Ingress controllers without container-native load balancing need NodePort backends).
public struct KubernetesNodePortService: KubernetesRule {
    public let id = "K8S024"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.objects.compactMap { object in
            guard let service = object.service, let type = service.type, type.value == "NodePort",
                  let name = object.name?.value else { return nil }
            let isIngressBackend = manifest.objects.contains { candidate in
                candidate.ingress?.backendServiceNames.contains(name) == true && candidate.sharesNamespace(with: object)
            }
            if isIngressBackend { return nil }
            return Violation(
                range: type.range,
                message: "\(object.displayName) is of type NodePort: it opens a port on every node's address, outside any Ingress, TLS or firewall intent; use ClusterIP behind an Ingress or Gateway")
        }
    }
}
