import DeploySyntax

/// K8S023 (note): a Service of type LoadBalancer: a billed cloud load balancer of its own, public unless
/// restricted.
public struct KubernetesLoadBalancerService: KubernetesRule {
    public let id = "K8S023"
    public init() {}

    /// Annotations that make the cloud load balancer internal.
    static let internalAnnotations: [(key: String, value: String?)] = [
        ("networking.gke.io/load-balancer-type", "Internal"),
        ("cloud.google.com/load-balancer-type", "Internal"),
        ("service.beta.kubernetes.io/aws-load-balancer-internal", nil),
        ("service.beta.kubernetes.io/aws-load-balancer-scheme", "internal"),
        ("service.beta.kubernetes.io/azure-load-balancer-internal", "true"),
        ("service.beta.kubernetes.io/oci-load-balancer-internal", "true"),
    ]

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.objects.compactMap { object in
            guard let service = object.service, let type = service.type, type.value == "LoadBalancer" else { return nil }
            let isInternal = Self.internalAnnotations.contains { key, value in
                guard let entry = object.annotation(key) else { return false }
                return value.map { entry.value.lowercased() == $0.lowercased() } ?? (entry.value.lowercased() != "false")
            }
            let exposure: String = if isInternal {
                "an internal cloud load balancer"
            } else if !service.loadBalancerSourceRanges.isEmpty {
                "a cloud load balancer limited by loadBalancerSourceRanges"
            } else {
                "a cloud load balancer reachable from the internet"
            }
            return Violation(
                range: type.range,
                message: "\(object.displayName) is of type LoadBalancer: it provisions \(exposure), billed per hour for each such Service; route HTTP services through one Ingress or Gateway instead")
        }
    }
}
