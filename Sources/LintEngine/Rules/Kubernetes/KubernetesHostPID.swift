import DeploySyntax

/// K8S009: `hostPID: true` on a pod spec.
public struct KubernetesHostPID: KubernetesRule {
    public let id = "K8S009"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.workloads.compactMap { object, workload in
            guard let field = workload.pod.hostPID, field.value else { return nil }
            return Violation(
                range: field.range,
                message: "\(object.displayName) shares the node's process namespace (hostPID: true): its containers see, trace and signal every process on the node; remove it")
        }
    }
}
