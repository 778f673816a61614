/// The AWS load balancer kind.
public enum LoadBalancerType: String, SpecEnumeration {
    /// Layer 7 (HTTP/HTTPS): an Application Load Balancer.
    case application
    /// Layer 4 (TCP/TLS): a Network Load Balancer.
    case network

    public static let noun = "load balancer type"
}

/// How many NAT gateways the VPC gets.
public enum NATGatewayMode: String, Sendable, Hashable, CaseIterable {
    case none
    /// One NAT gateway for the whole VPC: cheaper, one zone of failure.
    case single
    /// One NAT gateway per availability zone: survives a zone outage.
    case perAvailabilityZone = "per-availability-zone"
}
