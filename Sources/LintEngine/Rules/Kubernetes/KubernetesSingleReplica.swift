import DeploySyntax

/// K8S026 (note): a Deployment or StatefulSet that runs one replica (`replicas: 1`, or none, which means 1,
/// and no autoscaler of the file keeps two or more) and that no PodDisruptionBudget of the file selects.
public struct KubernetesSingleReplica: KubernetesRule {
    public let id = "K8S026"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.objects.compactMap { object in
            guard let workload = object.workload, workload.kind == .deployment || workload.kind == .statefulSet else { return nil }
            let autoscalers = manifest.horizontalPodAutoscalers(targeting: object)
            let minimum: Int
            if let hpa = autoscalers.first?.horizontalPodAutoscaler {
                minimum = hpa.minReplicas?.value ?? 1
            } else {
                minimum = workload.replicas?.value ?? 1
            }
            // replicas: 0 is a deliberate scale-down.
            guard minimum == 1, manifest.podDisruptionBudgets(selecting: object).isEmpty else { return nil }
            let how: String
            let range: SourceRange
            if let hpa = autoscalers.first {
                how = hpa.horizontalPodAutoscaler?.minReplicas != nil
                    ? "\(hpa.displayName) scales it down to minReplicas: 1"
                    : "\(hpa.displayName) scales it down to one replica, minReplicas defaulting to 1"
                range = workload.replicas?.range ?? object.anchorRange
            } else if let replicas = workload.replicas {
                how = "it sets replicas: 1"
                range = replicas.range
            } else {
                how = "it sets no replicas, which means 1"
                range = object.anchorRange
            }
            return Violation(
                range: range,
                message: "\(object.displayName) runs a single replica (\(how)): every rollout, node drain or crash is an outage; run at least 2 replicas with a PodDisruptionBudget")
        }
    }
}
