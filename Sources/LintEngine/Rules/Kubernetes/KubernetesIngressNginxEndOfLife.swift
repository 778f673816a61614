import DeploySyntax

/// K8S030 (note): an Ingress for ingress-nginx (class `nginx`, or `nginx.ingress.kubernetes.io/` annotations),
/// or an IngressClass of its controller. ingress-nginx reached end of maintenance in March 2026.
public struct KubernetesIngressNginxEndOfLife: KubernetesRule {
    public let id = "K8S030"
    public init() {}

    static let advice = "ingress-nginx reached end of maintenance in March 2026 and gets no more security fixes; plan a move to the Gateway API (Envoy Gateway, Istio, Cilium, NGINX Gateway Fabric…) or another maintained controller"

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.objects.compactMap { object in
            if let controller = object.ingressClass?.controller, controller.value == "k8s.io/ingress-nginx" {
                return Violation(range: controller.range, message: "\(object.displayName) uses the ingress-nginx controller: \(Self.advice)")
            }
            guard let ingress = object.ingress else { return nil }
            // F5's NGINX Ingress Controller (nginx.org annotations) also answers to class `nginx` and is maintained.
            if object.annotations.contains(where: { $0.key.hasPrefix("nginx.org/") || $0.key.hasPrefix("nginx.com/") }) { return nil }
            let range: SourceRange
            let how: String
            if let className = ingress.ingressClassName, className.value == "nginx" || className.value == "ingress-nginx" {
                range = className.range
                how = "ingressClassName: \(className.value)"
            } else if let legacy = object.annotation("kubernetes.io/ingress.class"), legacy.value == "nginx" || legacy.value == "ingress-nginx" {
                range = legacy.field.range
                how = "kubernetes.io/ingress.class: \(legacy.value)"
            } else if ingress.ingressClassName == nil, let annotation = object.annotations.first(where: { $0.key.hasPrefix("nginx.ingress.kubernetes.io/") }) {
                range = annotation.field.range
                how = "\(annotation.key) annotations"
            } else {
                return nil
            }
            return Violation(range: range, message: "\(object.displayName) targets ingress-nginx (\(how)): \(Self.advice)")
        }
    }
}
