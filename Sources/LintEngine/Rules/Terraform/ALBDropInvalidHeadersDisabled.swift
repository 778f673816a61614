import DeploySyntax

/// TF031 — an Application Load Balancer forwards requests whose header names are invalid (request-smuggling
/// and header-injection vectors) because `drop_invalid_header_fields` is off.
public struct ALBDropInvalidHeadersDisabled: TerraformRule {
    public let id = "TF031"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofTypes: LoadBalancers.balancerTypes).compactMap { lb in
            let type = module.setting("load_balancer_type", in: lb)
            guard type.value.isNull || type.string == "application" else { return nil }
            let setting = module.setting("drop_invalid_header_fields", in: lb)
            let state = BooleanSetting(setting)
            guard state.isOffByDefaultOrExplicitly else { return nil }
            return module.finding(lb, setting.reportRange,
                "Application Load Balancer \(lb.displayName) forwards headers with invalid names "
                + "(\(state == .absent ? "drop_invalid_header_fields is not set" : "drop_invalid_header_fields = false")): "
                + "set drop_invalid_header_fields = true")
        }
    }
}
