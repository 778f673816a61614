import DeploySyntax

/// TF041 — a symmetric customer-managed KMS key is never rotated (`enable_key_rotation` not true).
public struct KMSKeyRotationDisabled: TerraformRule {
    public let id = "TF041"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofType: "aws_kms_key").compactMap { key in
            let spec = module.setting("customer_master_key_spec", in: key)
            guard spec.value.isNull || spec.string == "SYMMETRIC_DEFAULT" else { return nil }
            let usage = module.setting("key_usage", in: key)
            guard usage.value.isNull || usage.string == "ENCRYPT_DECRYPT" else { return nil }
            let setting = module.setting("enable_key_rotation", in: key)
            let state = BooleanSetting(setting)
            guard state.isOffByDefaultOrExplicitly else { return nil }
            return module.finding(key, setting.reportRange,
                "KMS key \(key.displayName) is never rotated (\(state == .absent ? "enable_key_rotation is not set" : "enable_key_rotation = false")): "
                + "set enable_key_rotation = true (yearly by default; rotation_period_in_days to change it)")
        }
    }
}
