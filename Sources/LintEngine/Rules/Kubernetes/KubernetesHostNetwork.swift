import DeploySyntax

/// K8S008: `hostNetwork: true` on a pod spec.
public struct KubernetesHostNetwork: KubernetesRule {
    public let id = "K8S008"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.workloads.compactMap { object, workload in
            guard let field = workload.pod.hostNetwork, field.value else { return nil }
            return Violation(
                range: field.range,
                message: "\(object.displayName) shares the node's network namespace (hostNetwork: true): its containers see every host interface, can bind host ports and bypass NetworkPolicies; remove it and expose ports through a Service")
        }
    }
}
