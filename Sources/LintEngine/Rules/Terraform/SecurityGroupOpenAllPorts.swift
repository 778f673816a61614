import DeploySyntax

/// TF025 — a security group lets the whole internet reach every port (`protocol = "-1"` or ports 0–65535).
public struct SecurityGroupOpenAllPorts: TerraformRule {
    public let id = "TF025"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        SecurityGroupIngress.all(in: module).compactMap { ingress in
            guard let cidr = ingress.openCIDR, ingress.coversAllPorts else { return nil }
            return TerraformFinding(path: ingress.instance.path, range: ingress.reportRange, message:
                "\(ingress.resource.displayName) opens all ports to \(cidr): allow only the ports the service listens on "
                + "(usually 443), from the load balancer's security group where possible")
        }
    }
}
