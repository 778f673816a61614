import DeploySyntax

/// TF029 — an Application Load Balancer's HTTP listener serves traffic instead of redirecting it to HTTPS.
public struct ALBHTTPWithoutRedirect: TerraformRule {
    public let id = "TF029"
    public init() {}

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofTypes: LoadBalancers.listenerTypes).compactMap { listener in
            guard let (proto, setting) = LoadBalancers.listenerProtocol(listener, in: module), proto == "HTTP" else { return nil }
            let actions = module.blocks("default_action", in: listener)
            var sawUnknown = false
            for action in actions {
                guard let type = module.setting("type", in: action).string else {
                    sawUnknown = true
                    continue
                }
                switch type {
                case "redirect":
                    let redirects = module.blocks("redirect", in: action)
                    for redirect in redirects {
                        let p = module.setting("protocol", in: redirect)
                        if p.string?.uppercased() == "HTTPS" { return nil }
                        if !p.isKnown { sawUnknown = true }
                    }
                case "fixed-response":
                    // A fixed response serves no application content, unless listener rules forward some paths.
                    if !hasForwardingRule(listener, module) { return nil }
                default:
                    continue
                }
            }
            if sawUnknown { return nil }
            return module.finding(listener, setting.attribute != nil ? setting.reportRange : listener.headerRange,
                "HTTP listener \(listener.displayName) serves plain-text traffic: make its default_action a redirect "
                + "{ protocol = \"HTTPS\", port = \"443\", status_code = \"HTTP_301\" } and serve the application on an HTTPS listener")
        }
    }

    private func hasForwardingRule(_ listener: TerraformResource, _ module: TerraformModule) -> Bool {
        let rules = module.resources(ofTypes: ["aws_lb_listener_rule", "aws_alb_listener_rule"]).filter { rule in
            rule.body.attribute("listener_arn").map { module.expression($0.expression, refersTo: listener) } ?? false
        }
        return rules.contains { rule in
            module.blocks("action", in: rule).contains { module.setting("type", in: $0).string != "redirect" }
        }
    }
}
