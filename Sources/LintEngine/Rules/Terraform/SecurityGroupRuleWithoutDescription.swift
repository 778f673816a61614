import Foundation
import DeploySyntax

/// TF026 — a security group or one of its rules has no description, so reviewers cannot tell why it exists.
public struct SecurityGroupRuleWithoutDescription: TerraformRule {
    public let id = "TF026"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var out: [TerraformFinding] = []
        func missing(_ setting: TerraformSetting) -> Bool {
            setting.value.isNull || setting.string?.trimmingCharacters(in: .whitespaces) == ""
        }
        for group in module.resources(ofType: "aws_security_group") {
            let description = module.setting("description", in: group)
            if missing(description) {
                out.append(module.finding(group, description.reportRange,
                    "security group \(group.displayName) has no description (AWS shows \"Managed by Terraform\"): say what it protects; "
                    + "changing it later replaces the group"))
            }
            for kind in ["ingress", "egress"] {
                for block in module.blocks(kind, in: group) {
                    let d = module.setting("description", in: block)
                    guard missing(d) else { continue }
                    out.append(TerraformFinding(path: block.path, range: block.headerRange, message:
                        "\(kind) rule of \(group.displayName) has no description: add description = \"…\" naming who or what needs this access"))
                }
            }
        }
        for rule in module.resources(ofTypes: ["aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"]) {
            let d = module.setting("description", in: rule)
            guard missing(d) else { continue }
            out.append(module.finding(rule, d.reportRange,
                "security group rule \(rule.displayName) has no description: add description = \"…\" naming who or what needs this access"))
        }
        return out
    }
}
