import DeploySyntax

/// K8S017: a long-running container that serves traffic (declares a port, or a Service of the file selects
/// its pod) without a readiness probe.
public struct KubernetesMissingReadinessProbe: KubernetesRule {
    public let id = "K8S017"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for object in manifest.objects {
            guard let workload = object.workload, workload.isLongRunning else { continue }
            let selectedByService = !manifest.services(selecting: object).isEmpty
            for container in workload.pod.containers where container.role == .container && container.readinessProbe == nil {
                // A worker with no port and no Service in front of it receives no traffic to hold back.
                guard selectedByService || !container.ports.isEmpty else { continue }
                violations.append(Violation(
                    range: container.anchorRange,
                    message: "\(container.displayName) of \(object.displayName) has no readiness probe: Services send it traffic as soon as it starts and keep sending while it cannot serve; add a readinessProbe"))
            }
        }
        return violations
    }
}
