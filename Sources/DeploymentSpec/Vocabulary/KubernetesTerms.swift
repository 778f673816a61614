/// Whether the Kubernetes cluster already exists or should be created.
public enum ClusterMode: String, SpecEnumeration {
    case existing
    /// Also generate OpenTofu for a managed cluster (EKS on aws).
    case create

    public static let noun = "cluster mode"
}

/// The ingress implementation the chart targets (`ingressClassName`), or the Gateway API.
public enum IngressClass: String, SpecEnumeration {
    case traefik
    /// ingress-nginx: end of maintenance in March 2026; accepted with a warning.
    case nginx
    /// AWS Load Balancer Controller.
    case alb
    /// Gateway API `HTTPRoute` instead of an Ingress.
    case gatewayAPI = "gateway-api"

    public static let noun = "ingress class"
}

/// How the ingress gets its certificate.
public enum IngressTLS: String, SpecEnumeration {
    case certManager = "cert-manager"
    /// TLS is terminated in front of the cluster.
    case none

    public static let noun = "ingress TLS mode"
}
