import DeploySyntax

/// TF050 (cost) — a non-production ECS service runs on on-demand Fargate only, where Fargate Spot costs about 70%
/// less and an interruption is harmless. Only reported when the environment is known and not production.
public struct FargateWithoutSpotOutsideProduction: TerraformRule {
    public let id = "TF050"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofType: "aws_ecs_service").compactMap { service in
            guard case .nonProduction(let env) = module.environment(of: service, context: context, ruleID: id) else { return nil }
            let launchType = module.setting("launch_type", in: service)
            let strategies = module.blocks("capacity_provider_strategy", in: service)
            var range = launchType.reportRange
            if launchType.string == "FARGATE" {
                // Fargate on demand.
            } else if launchType.value.isNull && !strategies.isEmpty {
                let providers = strategies.map { module.setting("capacity_provider", in: $0).string }
                guard providers.allSatisfy({ $0 == "FARGATE" }) else { return nil }
                range = strategies[0].headerRange
            } else {
                return nil
            }
            var estimate = ""
            if let monthly = monthlyCost(service, module) {
                estimate = ", about \(AWSPriceTable.dollars(monthly))/month \(AWSPriceTable.citation) of which Spot would save about \(AWSPriceTable.dollars(monthly * AWSPriceTable.fargateSpotDiscount))"
            }
            return module.finding(service, range,
                "service \(service.displayName) runs only on on-demand Fargate in '\(env)'\(estimate): use "
                + "capacity_provider_strategy { capacity_provider = \"FARGATE_SPOT\" } (keep a FARGATE base of 1 if it must not pause)",
                severity: nil)
        }
    }

    private func monthlyCost(_ service: TerraformResource, _ module: TerraformModule) -> Double? {
        guard let count = module.setting("desired_count", in: service).value.int, count > 0,
              let reference = service.body.attribute("task_definition"),
              let task = module.referencedResources(in: reference.expression).first(where: { $0.type == "aws_ecs_task_definition" }),
              let cpu = module.setting("cpu", in: task).value.number,
              let memory = module.setting("memory", in: task).value.number
        else { return nil }
        let hourly = cpu / 1024 * AWSPriceTable.fargateVCPUHourly + memory / 1024 * AWSPriceTable.fargateGBHourly
        return AWSPriceTable.monthly(hourly: hourly) * Double(count)
    }
}
