import DeploySyntax

/// `networking:`: the VPC and load balancer of the AWS patterns.
public struct NetworkingSection: Hashable, Sendable {
    public var vpcCIDR: Located<String>?
    public var publicSubnets: Located<Int>?
    public var privateSubnets: Located<Int>?
    public var natGateway: Located<Bool>?
    public var loadBalancer: LoadBalancerSettings?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}

/// `networking.load_balancer:`.
public struct LoadBalancerSettings: Hashable, Sendable {
    public var type: Located<LoadBalancerType>?
    public var ssl: Located<Bool>?
    /// `letsencrypt`, `acm`, or an ACM certificate ARN.
    public var certificate: Located<String>?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}
