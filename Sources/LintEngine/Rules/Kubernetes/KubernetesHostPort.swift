import DeploySyntax

/// K8S012: a container port bound on the node (`hostPort`).
public struct KubernetesHostPort: KubernetesRule {
    public let id = "K8S012"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for site in manifest.containerSites {
            // With hostNetwork every port is the node's already: K8S008 says so.
            if site.pod.hostNetwork?.value == true { continue }
            for port in site.container.ports {
                guard let hostPort = port.hostPort, hostPort.value > 0 else { continue }
                violations.append(Violation(
                    range: hostPort.range,
                    message: "\(site.subject) binds port \(hostPort.value) on the node (hostPort): the pod can only run where that port is free and is reachable on the node's address; remove hostPort and use a Service"))
            }
        }
        return violations
    }
}
