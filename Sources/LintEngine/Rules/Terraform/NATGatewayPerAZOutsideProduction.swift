import DeploySyntax

/// TF045 (cost) — more NAT gateways than needed: terraform-aws-modules/vpc with `enable_nat_gateway = true` and
/// neither `single_nat_gateway` nor `one_nat_gateway_per_az` (one gateway per subnet, in any environment), or
/// one gateway per Availability Zone (module flag or several `aws_nat_gateway`) outside production.
public struct NATGatewayPerAZOutsideProduction: TerraformRule {
    public let id = "TF045"
    public init() {}

    static var monthlyPerGateway: Double { AWSPriceTable.monthly(hourly: AWSPriceTable.natGatewayHourly) }

    static func cost(_ count: Int?) -> String {
        guard let count, count > 1 else {
            return "each costs about \(AWSPriceTable.dollars(monthlyPerGateway))/month before traffic \(AWSPriceTable.citation)"
        }
        let extra = Double(count - 1) * monthlyPerGateway
        return "\(count) gateways cost about \(AWSPriceTable.dollars(Double(count) * monthlyPerGateway))/month before traffic, "
            + "\(AWSPriceTable.dollars(extra)) more than one \(AWSPriceTable.citation)"
    }

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        for call in module.moduleCalls where isVPCModule(call) {
            let instance = call.instance
            let enable = module.setting("enable_nat_gateway", in: instance)
            guard BooleanSetting(enable) == .enabled else { continue }
            let single = BooleanSetting(module.setting("single_nat_gateway", in: instance))
            let perAZ = BooleanSetting(module.setting("one_nat_gateway_per_az", in: instance))
            if single == .enabled || single == .unknown || perAZ == .unknown { continue }
            if perAZ == .enabled {
                let env = module.environment(of: nil, context: context, ruleID: id)
                guard case .nonProduction(let name) = env else { continue }
                let azs = module.setting("azs", in: instance).value.tuple?.count
                out.append(TerraformFinding(path: call.path, range: enable.reportRange, message:
                    "module.\(call.name) creates one NAT gateway per Availability Zone in '\(name)': \(Self.cost(azs)); "
                    + "set single_nat_gateway = true outside production"))
                continue
            }
            var subnetCount: Int?
            for list in ["private_subnets", "public_subnets", "database_subnets", "elasticache_subnets", "redshift_subnets", "intra_subnets"] {
                if let n = module.setting(list, in: instance).value.tuple?.count { subnetCount = max(subnetCount ?? 0, n) }
            }
            out.append(TerraformFinding(path: call.path, range: enable.reportRange, message:
                "module.\(call.name) sets enable_nat_gateway = true without single_nat_gateway or one_nat_gateway_per_az, so "
                + "it creates one NAT gateway per subnet: \(Self.cost(subnetCount)); set single_nat_gateway = true "
                + "(or one_nat_gateway_per_az = true in production)"))
        }
        let gateways = module.resources(ofType: "aws_nat_gateway")
        var total = 0
        for gateway in gateways {
            switch gateway.existence {
            case .single: total += 1
            case .multiple(let n): total += n
            case .never: continue
            case .unknownCount: total = -10_000
            }
        }
        if total > 1, let first = gateways.first,
           case .nonProduction(let name) = module.environment(of: first, context: context, ruleID: id) {
            out.append(module.finding(first, first.headerRange,
                "\(total) NAT gateways in '\(name)': \(Self.cost(total)); route every private subnet through one gateway outside production"))
        }
        return out
    }

    private func isVPCModule(_ call: TerraformModuleCall) -> Bool {
        guard let source = call.source else { return false }
        return source.contains("terraform-aws-modules/vpc/aws") || source.contains("terraform-aws-modules/terraform-aws-vpc")
    }
}
