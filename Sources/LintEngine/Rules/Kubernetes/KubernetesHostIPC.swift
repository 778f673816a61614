import DeploySyntax

/// K8S010: `hostIPC: true` on a pod spec.
public struct KubernetesHostIPC: KubernetesRule {
    public let id = "K8S010"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.workloads.compactMap { object, workload in
            guard let field = workload.pod.hostIPC, field.value else { return nil }
            return Violation(
                range: field.range,
                message: "\(object.displayName) shares the node's IPC namespace (hostIPC: true): its containers can read and write other processes' shared memory; remove it")
        }
    }
}
