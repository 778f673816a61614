import DeploySyntax

/// TF010 — an EBS volume (standalone, or a block device of an instance) is not encrypted, and the module does
/// not turn on account-wide EBS encryption by default.
public struct EBSVolumeNotEncrypted: TerraformRule {
    public let id = "TF010"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        // `aws_ebs_encryption_by_default` (enabled unless `enabled = false`) encrypts every new volume.
        for d in module.resources(ofType: "aws_ebs_encryption_by_default") where BooleanSetting(module.setting("enabled", in: d)) != .disabled {
            return []
        }
        var out: [TerraformFinding] = []
        for volume in module.resources(ofType: "aws_ebs_volume") {
            let setting = module.setting("encrypted", in: volume)
            let state = BooleanSetting(setting)
            guard state.isOffByDefaultOrExplicitly else { continue }
            if state == .absent && !module.setting("snapshot_id", in: volume).value.isNull { continue }
            out.append(module.finding(volume, setting.reportRange,
                "EBS volume \(volume.displayName) is not encrypted (\(state == .absent ? "encrypted is not set" : "encrypted = false")): "
                + "set encrypted = true (and kms_key_id for a customer-managed key), or enable aws_ebs_encryption_by_default"))
        }
        for instance in module.resources(ofTypes: ["aws_instance", "aws_spot_instance_request"]) {
            for kind in ["root_block_device", "ebs_block_device"] {
                for device in module.blocks(kind, in: instance) {
                    let setting = module.setting("encrypted", in: device)
                    let state = BooleanSetting(setting)
                    guard state.isOffByDefaultOrExplicitly else { continue }
                    if state == .absent && !module.setting("snapshot_id", in: device).value.isNull { continue }
                    out.append(TerraformFinding(path: device.path, range: setting.reportRange, message:
                        "\(kind) of \(instance.displayName) is not encrypted (\(state == .absent ? "encrypted is not set" : "encrypted = false")): "
                        + "set encrypted = true, or enable aws_ebs_encryption_by_default for the account"))
                }
            }
        }
        for template in module.resources(ofType: "aws_launch_template") {
            for mapping in module.blocks("block_device_mappings", in: template) {
                for ebs in module.blocks("ebs", in: mapping) {
                    let setting = module.setting("encrypted", in: ebs)
                    // In a launch template an unset `encrypted` keeps the snapshot's state: only `false` is certain.
                    guard BooleanSetting(setting) == .disabled || setting.string == "false" else { continue }
                    out.append(TerraformFinding(path: ebs.path, range: setting.reportRange, message:
                        "launch template \(template.displayName) creates unencrypted EBS volumes (encrypted = false): set encrypted = true"))
                }
            }
        }
        return out
    }
}
