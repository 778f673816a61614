import DeploySyntax

/// TF030 — an HTTPS/TLS listener's security policy accepts TLS 1.0 or 1.1 (warning), or only TLS 1.2+ but with
/// legacy CBC/SHA-1 cipher suites, the `Ext` policies (note). A listener without `ssl_policy` gets
/// `ELBSecurityPolicy-2016-08`, which accepts TLS 1.0.
public struct LoadBalancerOutdatedTLSPolicy: TerraformRule {
    public let id = "TF030"
    public init() {}

    static let recommended = "ELBSecurityPolicy-TLS13-1-2-2021-06"

    /// Policies that negotiate TLS 1.0 or 1.1.
    static func allowsOldTLS(_ policy: String) -> Bool {
        let p = policy
        if p == "ELBSecurityPolicy-2015-05" || p == "ELBSecurityPolicy-2016-08" { return true }
        if p.hasPrefix("ELBSecurityPolicy-2015") || p.hasPrefix("ELBSecurityPolicy-2016") { return true }
        for marker in ["TLS-1-0", "TLS-1-1", "TLS13-1-0", "TLS13-1-1", "FS-2018-06", "FS-1-1-"] where p.contains(marker) { return true }
        return false
    }

    /// TLS 1.2+ policies that keep CBC and SHA-1 suites for old clients.
    static func hasLegacyCiphers(_ policy: String) -> Bool {
        policy.contains("-Ext-") || policy.contains("-Ext1-") || policy.contains("-Ext2-")
    }

    public func check(_ module: TerraformModule, context: RuleContext) -> [TerraformFinding] {
        module.resources(ofTypes: LoadBalancers.listenerTypes).compactMap { listener in
            guard let proto = module.setting("protocol", in: listener).string?.uppercased(), proto == "HTTPS" || proto == "TLS" else { return nil }
            let policy = module.setting("ssl_policy", in: listener)
            switch policy.value {
            case .unknown:
                return nil
            case .null:
                return module.finding(listener, listener.headerRange,
                    "\(proto) listener \(listener.displayName) sets no ssl_policy, so it gets ELBSecurityPolicy-2016-08, "
                    + "which accepts TLS 1.0 and 1.1: set ssl_policy = \"\(Self.recommended)\"")
            default:
                guard let name = policy.string else { return nil }
                if Self.allowsOldTLS(name) {
                    return module.finding(listener, policy.reportRange,
                        "\(listener.displayName) uses \(name), which accepts TLS 1.0/1.1: use \"\(Self.recommended)\"")
                }
                if Self.hasLegacyCiphers(name) {
                    return module.finding(listener, policy.reportRange,
                        "\(listener.displayName) uses \(name), which keeps CBC and SHA-1 cipher suites for old clients: "
                        + "use \"\(Self.recommended)\" unless such clients must still connect", severity: .note)
                }
                return nil
            }
        }
    }
}
