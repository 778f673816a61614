import DeploySyntax

/// K8S013: a container (or init container) without CPU or memory requests (a limit alone counts: the API
/// server copies it into the missing request).
public struct KubernetesMissingResourceRequests: KubernetesRule {
    public let id = "K8S013"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.containerSites.compactMap { site in
            let container = site.container
            // Ephemeral containers cannot have resources.
            guard container.role != .ephemeralContainer else { return nil }
            let cpu = container.resources.effectiveRequest("cpu") != nil
            let memory = container.resources.effectiveRequest("memory") != nil
            switch (cpu, memory) {
            case (true, true):
                return nil
            case (false, false):
                return Violation(
                    range: container.anchorRange,
                    message: "\(site.subject) sets no CPU or memory request: the scheduler places it as if it needed nothing and it is the first evicted under pressure (BestEffort); set resources.requests.cpu and resources.requests.memory")
            case (false, true):
                return Violation(
                    range: container.anchorRange,
                    message: "\(site.subject) sets no CPU request (resources.requests.cpu): it may be packed onto a busy node and starved of CPU; set one from its observed usage")
            case (true, false):
                return Violation(
                    range: container.anchorRange,
                    message: "\(site.subject) sets no memory request (resources.requests.memory): the node may be overcommitted and the pod evicted or OOM-killed; set one from its observed usage")
            }
        }
    }
}
