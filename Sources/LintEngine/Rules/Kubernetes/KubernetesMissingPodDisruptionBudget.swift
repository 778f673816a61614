import DeploySyntax

/// K8S027 (note): a Deployment or StatefulSet with two or more replicas that no PodDisruptionBudget of this
/// file selects. A budget defined in another file is not seen: suppress the finding there, or keep the budget
/// beside its workload.
public struct KubernetesMissingPodDisruptionBudget: KubernetesRule {
    public let id = "K8S027"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.objects.compactMap { object in
            guard let workload = object.workload, workload.kind == .deployment || workload.kind == .statefulSet else { return nil }
            let hpa = manifest.horizontalPodAutoscalers(targeting: object).first?.horizontalPodAutoscaler
            let minimum = hpa.map { $0.minReplicas?.value ?? 1 } ?? workload.replicas?.value ?? 1
            guard minimum >= 2, manifest.podDisruptionBudgets(selecting: object).isEmpty else { return nil }
            let labels = workload.podLabels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
            return Violation(
                range: workload.replicas?.range ?? object.anchorRange,
                message: "\(object.displayName) runs \(minimum)+ replicas but no PodDisruptionBudget in this file selects its pods\(labels.isEmpty ? "" : " (\(labels))"): a node drain or cluster upgrade may evict them all at once; add a PodDisruptionBudget with maxUnavailable: 1")
        }
    }
}
