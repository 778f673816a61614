import DeploySyntax

/// K8S004: `allowPrivilegeEscalation` not set to false (the default is true).
public struct KubernetesPrivilegeEscalationAllowed: KubernetesRule {
    public let id = "K8S004"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.containerSites.compactMap { site in
            guard !site.pod.isWindows else { return nil }
            if let field = site.container.securityContext?.allowPrivilegeEscalation {
                guard field.value else { return nil }
                return Violation(
                    range: field.range,
                    message: "\(site.subject) sets allowPrivilegeEscalation: true: setuid binaries and file capabilities can raise its privileges; set it to false")
            }
            return Violation(
                range: site.container.anchorRange,
                message: "\(site.subject) does not set securityContext.allowPrivilegeEscalation: false, and the default lets setuid binaries raise its privileges; set it to false")
        }
    }
}
