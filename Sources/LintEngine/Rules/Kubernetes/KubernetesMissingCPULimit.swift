import DeploySyntax

/// K8S015 (note): a container without a CPU limit. CPU limits throttle (CFS quota) even on an idle node, so
/// this is only a note: set CPU requests (K8S013) everywhere, and limits where one workload must not take
/// the idle CPU of its neighbours or Guaranteed QoS is wanted.
public struct KubernetesMissingCPULimit: KubernetesRule {
    public let id = "K8S015"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.containerSites.compactMap { site in
            let container = site.container
            guard container.role != .ephemeralContainer, container.resources.limits["cpu"] == nil else { return nil }
            return Violation(
                range: container.anchorRange,
                message: "\(site.subject) has no CPU limit (resources.limits.cpu): it can take every idle core of its node; set one where neighbours must be protected or Guaranteed QoS is wanted, well above the request since limits throttle")
        }
    }
}
