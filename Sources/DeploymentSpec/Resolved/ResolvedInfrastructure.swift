/// The AWS VPC and load balancer.
public struct ResolvedNetworking: Hashable, Sendable {
    public var vpcCIDR: String
    public var publicSubnets: Int
    public var privateSubnets: Int
    public var natGateway: NATGatewayMode
    public var loadBalancer: ResolvedLoadBalancer

    public init(vpcCIDR: String, publicSubnets: Int, privateSubnets: Int, natGateway: NATGatewayMode, loadBalancer: ResolvedLoadBalancer) {
        self.vpcCIDR = vpcCIDR
        self.publicSubnets = publicSubnets
        self.privateSubnets = privateSubnets
        self.natGateway = natGateway
        self.loadBalancer = loadBalancer
    }
}

public struct ResolvedLoadBalancer: Hashable, Sendable {
    public var type: LoadBalancerType
    public var ssl: Bool
    /// `acm` (a certificate requested for the domain) or an ACM certificate ARN.
    public var certificate: String

    public init(type: LoadBalancerType, ssl: Bool, certificate: String) {
        self.type = type
        self.ssl = ssl
        self.certificate = certificate
    }
}

/// The Kubernetes side of the kubernetes pattern.
public struct ResolvedKubernetes: Hashable, Sendable {
    public var cluster: ClusterMode
    public var namespace: String
    public var ingressClass: IngressClass
    public var ingressTLS: IngressTLS

    public init(cluster: ClusterMode, namespace: String, ingressClass: IngressClass, ingressTLS: IngressTLS) {
        self.cluster = cluster
        self.namespace = namespace
        self.ingressClass = ingressClass
        self.ingressTLS = ingressTLS
    }
}
