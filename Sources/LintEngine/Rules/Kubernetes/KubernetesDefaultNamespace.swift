import DeploySyntax

/// K8S022: an object placed explicitly in the `default` namespace. Objects without a namespace are not
/// reported: they are usually placed with `kubectl -n`, a kustomization or Helm.
public struct KubernetesDefaultNamespace: KubernetesRule {
    public let id = "K8S022"
    public init() {}

    /// Kinds that have no namespace: a `namespace:` on them is ignored by the API server.
    static let clusterScoped: Set<String> = [
        "Namespace", "Node", "PersistentVolume", "StorageClass", "ClusterRole", "ClusterRoleBinding",
        "CustomResourceDefinition", "PriorityClass", "IngressClass", "RuntimeClass", "CSIDriver", "CSINode",
        "VolumeAttachment", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
        "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "APIService", "PodSecurityPolicy",
        "CertificateSigningRequest", "FlowSchema", "PriorityLevelConfiguration", "ClusterIssuer", "GatewayClass",
    ]

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.objects.compactMap { object in
            guard let namespace = object.namespace, namespace.value == "default",
                  !Self.clusterScoped.contains(object.kind.value) else { return nil }
            return Violation(
                range: namespace.range,
                message: "\(object.displayName) is placed in the default namespace: it shares it with everything deployed without thought, so quotas, NetworkPolicies and RBAC cannot isolate it; use a namespace of its own")
        }
    }
}
