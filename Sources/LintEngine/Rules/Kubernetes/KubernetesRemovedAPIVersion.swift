import DeploySyntax

/// K8S036: an `apiVersion` the Kubernetes API server no longer serves for that kind
/// (kubernetes.io "Deprecated API Migration Guide").
public struct KubernetesRemovedAPIVersion: KubernetesRule {
    public let id = "K8S036"
    public init() {}

    struct Removal: Sendable {
        var removedIn: String
        var replacement: String
    }

    /// `apiVersion` → kind (nil: every kind of the version) → removal.
    static let removals: [String: [String?: Removal]] = {
        let apps = Removal(removedIn: "1.16", replacement: "apps/v1")
        let rbac = Removal(removedIn: "1.22", replacement: "rbac.authorization.k8s.io/v1")
        let flowcontrol = ["FlowSchema", "PriorityLevelConfiguration"]
        var table: [String: [String?: Removal]] = [
            "extensions/v1beta1": [
                "Deployment": apps, "DaemonSet": apps, "ReplicaSet": apps,
                "NetworkPolicy": Removal(removedIn: "1.16", replacement: "networking.k8s.io/v1"),
                "PodSecurityPolicy": Removal(removedIn: "1.16", replacement: "Pod Security Admission (PodSecurityPolicy itself was removed in 1.25)"),
                "Ingress": Removal(removedIn: "1.22", replacement: "networking.k8s.io/v1"),
            ],
            "apps/v1beta1": [nil: apps],
            "apps/v1beta2": [nil: apps],
            "networking.k8s.io/v1beta1": [
                "Ingress": Removal(removedIn: "1.22", replacement: "networking.k8s.io/v1"),
                "IngressClass": Removal(removedIn: "1.22", replacement: "networking.k8s.io/v1"),
            ],
            "rbac.authorization.k8s.io/v1beta1": [nil: rbac],
            "rbac.authorization.k8s.io/v1alpha1": [nil: rbac],
            "admissionregistration.k8s.io/v1beta1": [nil: Removal(removedIn: "1.22", replacement: "admissionregistration.k8s.io/v1")],
            "apiextensions.k8s.io/v1beta1": [nil: Removal(removedIn: "1.22", replacement: "apiextensions.k8s.io/v1")],
            "apiregistration.k8s.io/v1beta1": [nil: Removal(removedIn: "1.22", replacement: "apiregistration.k8s.io/v1")],
            "certificates.k8s.io/v1beta1": [nil: Removal(removedIn: "1.22", replacement: "certificates.k8s.io/v1")],
            "coordination.k8s.io/v1beta1": [nil: Removal(removedIn: "1.22", replacement: "coordination.k8s.io/v1")],
            "scheduling.k8s.io/v1beta1": [nil: Removal(removedIn: "1.22", replacement: "scheduling.k8s.io/v1")],
            "scheduling.k8s.io/v1alpha1": [nil: Removal(removedIn: "1.22", replacement: "scheduling.k8s.io/v1")],
            "storage.k8s.io/v1beta1": [
                "CSIDriver": Removal(removedIn: "1.22", replacement: "storage.k8s.io/v1"),
                "CSINode": Removal(removedIn: "1.22", replacement: "storage.k8s.io/v1"),
                "StorageClass": Removal(removedIn: "1.22", replacement: "storage.k8s.io/v1"),
                "VolumeAttachment": Removal(removedIn: "1.22", replacement: "storage.k8s.io/v1"),
                "CSIStorageCapacity": Removal(removedIn: "1.27", replacement: "storage.k8s.io/v1"),
            ],
            "batch/v1beta1": ["CronJob": Removal(removedIn: "1.25", replacement: "batch/v1")],
            "batch/v2alpha1": ["CronJob": Removal(removedIn: "1.21", replacement: "batch/v1")],
            "discovery.k8s.io/v1beta1": ["EndpointSlice": Removal(removedIn: "1.25", replacement: "discovery.k8s.io/v1")],
            "events.k8s.io/v1beta1": ["Event": Removal(removedIn: "1.25", replacement: "events.k8s.io/v1")],
            "autoscaling/v2beta1": ["HorizontalPodAutoscaler": Removal(removedIn: "1.25", replacement: "autoscaling/v2")],
            "autoscaling/v2beta2": ["HorizontalPodAutoscaler": Removal(removedIn: "1.26", replacement: "autoscaling/v2")],
            "policy/v1beta1": [
                "PodDisruptionBudget": Removal(removedIn: "1.25", replacement: "policy/v1"),
                "PodSecurityPolicy": Removal(removedIn: "1.25", replacement: "Pod Security Admission"),
            ],
            "node.k8s.io/v1beta1": ["RuntimeClass": Removal(removedIn: "1.25", replacement: "node.k8s.io/v1")],
        ]
        for (version, removedIn) in [("flowcontrol.apiserver.k8s.io/v1beta1", "1.26"), ("flowcontrol.apiserver.k8s.io/v1beta2", "1.29"),
                                     ("flowcontrol.apiserver.k8s.io/v1beta3", "1.32")] {
            var kinds: [String?: Removal] = [:]
            for kind in flowcontrol { kinds[kind] = Removal(removedIn: removedIn, replacement: "flowcontrol.apiserver.k8s.io/v1") }
            table[version] = kinds
        }
        return table
    }()

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.objects.compactMap { object in
            guard let kinds = Self.removals[object.apiVersion.value],
                  let removal = kinds[object.kind.value] ?? kinds[nil] else { return nil }
            return Violation(
                range: object.apiVersion.range,
                message: "\(object.kind.value) \(object.apiVersion.value) is no longer served since Kubernetes \(removal.removedIn): the API server rejects this manifest; use \(removal.replacement)")
        }
    }
}
