import DeploySyntax

/// TF042 — a Secrets Manager secret has no rotation (`aws_secretsmanager_secret_rotation`) in the module (note).
public struct SecretsManagerSecretWithoutRotation: TerraformRule {
    public let id = "TF042"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        guard module.isComplete else { return [] }
        let rotations = module.resources(ofType: "aws_secretsmanager_secret_rotation")
        if rotations.contains(where: { $0.body.attribute("secret_id").map { module.isOpaque($0.expression) } ?? false }) { return [] }
        return module.resources(ofType: "aws_secretsmanager_secret").compactMap { secret in
            let rotated = module.resources(ofType: "aws_secretsmanager_secret_rotation", linkedTo: secret, via: "secret_id",
                                           targetNameAttribute: "name")
            guard rotated.isEmpty else { return nil }
            return module.finding(secret, secret.headerRange,
                "secret \(secret.displayName) is never rotated: add an aws_secretsmanager_secret_rotation (for RDS "
                + "credentials prefer manage_master_user_password, which AWS rotates) or document why this secret cannot rotate")
        }
    }
}
