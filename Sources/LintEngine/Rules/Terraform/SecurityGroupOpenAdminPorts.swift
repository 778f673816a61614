import DeploySyntax

/// TF023 — a security group lets the whole internet (`0.0.0.0/0` or `::/0`) reach SSH (22) or RDP (3389).
/// Rules that open every port are left to TF025.
public struct SecurityGroupOpenAdminPorts: TerraformRule {
    public let id = "TF023"
    public init() {}

    static let ports: [(Int, String)] = [(22, "SSH"), (3389, "RDP")]

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        SecurityGroupIngress.all(in: module).compactMap { ingress in
            guard let cidr = ingress.openCIDR, !ingress.coversAllPorts else { return nil }
            let open = Self.ports.filter { ingress.covers(port: $0.0) }
            guard !open.isEmpty else { return nil }
            let names = open.map { "\($0.1) (\($0.0))" }.joined(separator: " and ")
            return TerraformFinding(path: ingress.instance.path, range: ingress.reportRange, message:
                "\(ingress.resource.displayName) opens \(names) to \(cidr): allow only known administrator ranges, or "
                + "remove the rule and use SSM Session Manager or EC2 Instance Connect Endpoint")
        }
    }
}
