import DeploySyntax

/// TF040 — an IAM policy allows every action on every resource (`"Action": "*"` with `"Resource": "*"`).
public struct IAMPolicyFullAdmin: TerraformRule {
    public let id = "TF040"
    public init() {}

    static let policyResources: Set<String> = ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"]

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        var statements: [(PolicyStatement, String)] = []
        for resource in module.resources(ofTypes: Self.policyResources) {
            for s in PolicyStatement.statements(of: module.setting("policy", in: resource), in: module) {
                statements.append((s, resource.displayName))
            }
        }
        for role in module.resources(ofType: "aws_iam_role") {
            for inline in module.blocks("inline_policy", in: role) {
                for s in PolicyStatement.statements(of: module.setting("policy", in: inline), in: module) {
                    statements.append((s, "inline policy of \(role.displayName)"))
                }
            }
        }
        for document in module.dataSources where document.type == "aws_iam_policy_document" {
            for s in PolicyStatement.statements(ofDocument: document, in: module) {
                statements.append((s, document.address))
            }
        }
        return statements.compactMap { statement, owner in
            guard statement.isAllow,
                  PolicyStatement.containsWildcard(statement.actions, also: ["*:*"]),
                  PolicyStatement.containsWildcard(statement.resources)
            else { return nil }
            return TerraformFinding(path: statement.path, range: statement.range, message:
                "\(owner) allows every action on every resource (\"*\" on \"*\"), full administrator access: list the "
                + "actions and resource ARNs the principal needs (IAM Access Analyzer can generate them from CloudTrail)")
        }
    }
}
