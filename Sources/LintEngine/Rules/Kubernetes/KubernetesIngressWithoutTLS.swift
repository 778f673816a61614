import DeploySyntax

/// K8S029: an Ingress without `spec.tls`, unless a cloud annotation attaches certificates.
public struct KubernetesIngressWithoutTLS: KubernetesRule {
    public let id = "K8S029"
    public init() {}

    /// Annotations through which cloud controllers terminate TLS without `spec.tls`.
    static let certificateAnnotations = [
        "networking.gke.io/managed-certificates", "ingress.gcp.kubernetes.io/pre-shared-cert",
        "alb.ingress.kubernetes.io/certificate-arn", "appgw.ingress.kubernetes.io/appgw-ssl-certificate",
        "service.beta.kubernetes.io/aws-load-balancer-ssl-cert",
    ]

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.objects.compactMap { object in
            guard let ingress = object.ingress, ingress.tls.isEmpty else { return nil }
            if Self.certificateAnnotations.contains(where: { object.annotation($0) != nil }) { return nil }
            let hosts = ingress.hosts.map(\.value)
            let served = hosts.isEmpty ? "its routes are" : "\(KubernetesWording.list(hosts)) \(KubernetesWording.verb("is", "are", count: hosts.count))"
            return Violation(
                range: ingress.tlsKeyRange ?? object.anchorRange,
                message: "\(object.displayName) has no TLS (spec.tls): \(served) served over plain HTTP, credentials and cookies included; add a tls section with a certificate (e.g. issued by cert-manager)")
        }
    }
}
