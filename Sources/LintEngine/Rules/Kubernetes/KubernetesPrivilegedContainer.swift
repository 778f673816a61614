import DeploySyntax

/// K8S003: `privileged: true`.
public struct KubernetesPrivilegedContainer: KubernetesRule {
    public let id = "K8S003"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.containerSites.compactMap { site in
            guard let field = site.container.securityContext?.privileged, field.value else { return nil }
            return Violation(
                range: field.range,
                message: "\(site.subject) is privileged: it gets every capability and the host's devices, which amounts to root on the node; remove privileged: true and add only the capabilities it needs")
        }
    }
}
