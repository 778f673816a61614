import DeploySyntax

/// Listener facts shared by the ALB rules.
enum LoadBalancers {
    static let listenerTypes: Set<String> = ["aws_lb_listener", "aws_alb_listener"]
    static let balancerTypes: Set<String> = ["aws_lb", "aws_alb"]

    /// The listener's protocol: as written, or `HTTP` when it is left out on a listener of a known Application
    /// Load Balancer (the provider's default for ALBs); nil when it cannot be told.
    static func listenerProtocol(_ listener: TerraformResource, in module: TerraformModule) -> (String, TerraformSetting)? {
        let setting = module.setting("protocol", in: listener)
        if let p = setting.string { return (p.uppercased(), setting) }
        guard setting.value.isNull, let arn = listener.body.attribute("load_balancer_arn") else { return nil }
        let balancers = module.referencedResources(in: arn.expression).filter { balancerTypes.contains($0.type) }
        guard let lb = balancers.first else { return nil }
        let type = module.setting("load_balancer_type", in: lb)
        guard type.value.isNull || type.string == "application" else { return nil }
        return ("HTTP", setting)
    }
}
