import DeploySyntax

/// TF028 — a VPC has no flow log, so there is no record of accepted and rejected traffic for investigations.
public struct VPCFlowLogsDisabled: TerraformRule {
    public let id = "TF028"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        guard module.isComplete else { return [] }
        let flowLogs = module.resources(ofType: "aws_flow_log")
        // A flow log whose VPC cannot be traced may cover any VPC here.
        if flowLogs.contains(where: { $0.body.attribute("vpc_id").map { module.isOpaque($0.expression) } ?? false }) { return [] }
        return module.resources(ofType: "aws_vpc").compactMap { vpc in
            let covered = flowLogs.contains { log in
                log.body.attribute("vpc_id").map { module.expression($0.expression, refersTo: vpc) } ?? false
            }
            guard !covered else { return nil }
            return module.finding(vpc, vpc.headerRange,
                "VPC \(vpc.displayName) has no flow log: add an aws_flow_log with vpc_id = \(vpc.displayName).id and "
                + "traffic_type = \"REJECT\" (or \"ALL\") to CloudWatch Logs or S3")
        }
    }
}
