import DeploySyntax

/// K8S014: a container (or init container) without a memory limit.
public struct KubernetesMissingMemoryLimit: KubernetesRule {
    public let id = "K8S014"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.containerSites.compactMap { site in
            let container = site.container
            guard container.role != .ephemeralContainer, container.resources.limits["memory"] == nil else { return nil }
            return Violation(
                range: container.anchorRange,
                message: "\(site.subject) has no memory limit (resources.limits.memory): a leak can take the node's memory and get other pods OOM-killed; set a limit, ideally equal to the memory request")
        }
    }
}
