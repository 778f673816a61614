import DeploySyntax

/// One ingress permission, whatever way it was written: an inline `ingress` block (static or dynamic) of
/// `aws_security_group`, an `aws_security_group_rule` with `type = "ingress"`, or an
/// `aws_vpc_security_group_ingress_rule`.
struct SecurityGroupIngress {
    enum Origin {
        case inlineBlock
        case securityGroupRule
        case vpcIngressRule
    }

    let origin: Origin
    let resource: TerraformResource
    let instance: TerraformBlockInstance
    /// `from_port`/`to_port` (or `-1`/`0` for all with protocol `-1`); nil when unknown.
    let fromPort: Int?
    let toPort: Int?
    /// Lower-cased protocol (`tcp`, `udp`, `-1`, `all`, `icmp`…); nil when unknown.
    let ipProtocol: String?
    /// The setting holding the world-open CIDR (`cidr_blocks`, `ipv6_cidr_blocks`, `cidr_ipv4`, `cidr_ipv6`).
    let openSetting: TerraformSetting?
    /// `0.0.0.0/0` or `::/0`, whichever was found first.
    let openCIDR: String?

    var isOpenToWorld: Bool { openCIDR != nil }

    /// True when every port of every protocol is allowed.
    var coversAllPorts: Bool {
        if let p = ipProtocol, p == "-1" || p == "all" { return true }
        if let from = fromPort, let to = toPort, from <= 1, to >= 65535 { return true }
        return false
    }

    /// True when `port` is inside the permitted range (TCP/UDP or all protocols); false when the range is unknown.
    func covers(port: Int) -> Bool {
        if coversAllPorts { return true }
        if let p = ipProtocol, p != "tcp" && p != "6" && p != "udp" && p != "17" { return false }
        guard let from = fromPort, let to = toPort else { return false }
        return from <= port && port <= to
    }

    var portDescription: String {
        if coversAllPorts { return "all ports" }
        guard let from = fromPort, let to = toPort else { return "unknown ports" }
        return from == to ? "port \(from)" : "ports \(from)-\(to)"
    }

    /// Where to point: the open CIDR setting when there is one.
    var reportRange: SourceRange { openSetting?.reportRange ?? instance.headerRange }

    /// Every ingress permission of the module.
    static func all(in module: TerraformModule) -> [SecurityGroupIngress] {
        var out: [SecurityGroupIngress] = []
        for sg in module.resources(ofType: "aws_security_group") {
            for block in module.blocks("ingress", in: sg) {
                out.append(make(.inlineBlock, sg, block, module, cidrNames: ["cidr_blocks", "ipv6_cidr_blocks"]))
            }
        }
        for rule in module.resources(ofType: "aws_security_group_rule") {
            guard module.setting("type", in: rule).string == "ingress" else { continue }
            out.append(make(.securityGroupRule, rule, rule.instance, module, cidrNames: ["cidr_blocks", "ipv6_cidr_blocks"]))
        }
        for rule in module.resources(ofType: "aws_vpc_security_group_ingress_rule") {
            out.append(make(.vpcIngressRule, rule, rule.instance, module, cidrNames: ["cidr_ipv4", "cidr_ipv6"]))
        }
        return out
    }

    private static func make(
        _ origin: Origin, _ resource: TerraformResource, _ instance: TerraformBlockInstance, _ module: TerraformModule,
        cidrNames: [String]
    ) -> SecurityGroupIngress {
        let protocolName = origin == .vpcIngressRule ? "ip_protocol" : "protocol"
        let proto = module.setting(protocolName, in: instance).string?.lowercased()
        var from = module.setting("from_port", in: instance).value.int
        var to = module.setting("to_port", in: instance).value.int
        if origin == .vpcIngressRule && (proto == "-1" || proto == "all") {
            from = 0
            to = 65535
        }
        var openSetting: TerraformSetting?
        var openCIDR: String?
        for name in cidrNames where openCIDR == nil {
            let setting = module.setting(name, in: instance)
            let candidates: [HCLValue] = setting.value.tuple ?? [setting.value]
            for candidate in candidates {
                if let s = candidate.string, s == "0.0.0.0/0" || s == "::/0" {
                    openSetting = setting
                    openCIDR = s
                    break
                }
            }
        }
        return SecurityGroupIngress(
            origin: origin, resource: resource, instance: instance, fromPort: from, toPort: to, ipProtocol: proto,
            openSetting: openSetting, openCIDR: openCIDR)
    }
}
