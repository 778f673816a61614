import DeploySyntax

/// K8S028: a HorizontalPodAutoscaler that scales on CPU (or memory) utilization a workload of this file whose
/// containers lack that request: utilization is a percentage of the request, so the autoscaler cannot compute
/// it and never scales.
public struct KubernetesAutoscalerWithoutRequests: KubernetesRule {
    public let id = "K8S028"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for object in manifest.objects {
            guard let hpa = object.horizontalPodAutoscaler, let target = manifest.scaleTarget(of: object),
                  let workload = target.workload else { continue }
            for metric in hpa.utilizationMetrics {
                let lacking = workload.pod.containers.filter { container in
                    guard container.role == .container else { return false }
                    if let only = metric.container, container.name?.value != only { return false }
                    return container.resources.effectiveRequest(metric.resource) == nil
                }
                guard let first = lacking.first else { continue }
                let names = KubernetesWording.list(lacking.map(\.displayName))
                violations.append(Violation(
                    range: metric.range,
                    message: "\(object.displayName) scales \(target.displayName) on \(metric.resource) utilization, but \(names) set\(lacking.count == 1 ? "s" : "") no \(metric.resource) request: utilization is a share of the request, so the autoscaler cannot compute it and never scales; set resources.requests.\(metric.resource)",
                    related: [Diagnostic.Related(path: manifest.file.path, range: first.anchorRange, message: "\(first.displayName) has no \(metric.resource) request")]))
            }
        }
        return violations
    }
}
