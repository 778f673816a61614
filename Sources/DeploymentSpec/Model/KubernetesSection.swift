import DeploySyntax

/// `kubernetes:` (or `cluster:`, `namespace:` and `ingress:` inside `deployment:` in the compact form).
public struct KubernetesSection: Hashable, Sendable {
    public var cluster: Located<ClusterMode>?
    public var namespace: Located<String>?
    public var ingressClass: Located<IngressClass>?
    public var ingressTLS: Located<IngressTLS>?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}
