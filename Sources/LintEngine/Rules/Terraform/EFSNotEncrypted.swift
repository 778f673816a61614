import DeploySyntax

/// TF011 — an EFS file system is not encrypted at rest.
public struct EFSNotEncrypted: TerraformRule {
    public let id = "TF011"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofType: "aws_efs_file_system").compactMap { fs in
            let setting = module.setting("encrypted", in: fs)
            let state = BooleanSetting(setting)
            guard state.isOffByDefaultOrExplicitly else { return nil }
            return module.finding(fs, setting.reportRange,
                "EFS file system \(fs.displayName) is not encrypted at rest (\(state == .absent ? "encrypted is not set and defaults to false" : "encrypted = false")): "
                + "set encrypted = true; an existing file system must be recreated and its data copied")
        }
    }
}
