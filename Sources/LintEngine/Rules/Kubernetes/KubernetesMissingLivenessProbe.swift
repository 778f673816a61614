import DeploySyntax

/// K8S016 (note): a long-running container without a liveness probe.
public struct KubernetesMissingLivenessProbe: KubernetesRule {
    public let id = "K8S016"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.containerSites.compactMap { site in
            let container = site.container
            guard site.workload.isLongRunning, container.role == .container || container.isSidecar,
                  container.livenessProbe == nil else { return nil }
            return Violation(
                range: container.anchorRange,
                message: "\(site.subject) has no liveness probe: if it hangs (deadlock, stuck event loop) Kubernetes keeps it running; add a livenessProbe that checks the process itself, not its dependencies")
        }
    }
}
