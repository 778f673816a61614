import DeploySyntax

/// K8S034 (note): `spec.replicas` on a workload that an autoscaler of this file scales: each `kubectl apply`
/// resets the replica count to the manifest's value until the autoscaler reacts.
public struct KubernetesReplicasWithAutoscaler: KubernetesRule {
    public let id = "K8S034"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.objects.compactMap { object in
            guard let replicas = object.workload?.replicas,
                  let hpa = manifest.horizontalPodAutoscalers(targeting: object).first else { return nil }
            return Violation(
                range: replicas.range,
                message: "\(object.displayName) sets replicas: \(replicas.value) but \(hpa.displayName) scales it: every apply resets it to \(replicas.value) replicas until the autoscaler reacts; remove spec.replicas",
                related: [Diagnostic.Related(path: manifest.file.path, range: hpa.anchorRange, message: "\(hpa.displayName) targets it here")])
        }
    }
}
