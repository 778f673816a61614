import DeploySyntax

/// K8S002: `runAsUser: 0` on a container, or on the pod for containers that do not override it.
public struct KubernetesContainerRunsAsUIDZero: KubernetesRule {
    public let id = "K8S002"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for object in manifest.objects {
            guard let workload = object.workload, !workload.pod.isWindows else { continue }
            let pod = workload.pod
            var inheriting: [String] = []
            for container in pod.containers {
                guard let user = pod.effective(\.runAsUser, for: container), user.value == 0 else { continue }
                if user.level == .pod {
                    inheriting.append(container.displayName)
                } else {
                    violations.append(Violation(
                        range: user.field.range,
                        message: "\(container.displayName) of \(object.displayName) runs as root (runAsUser: 0); run it as a numeric UID above 10000 (e.g. 10001) with runAsNonRoot: true"))
                }
            }
            if !inheriting.isEmpty, let field = pod.securityContext?.runAsUser {
                violations.append(Violation(
                    range: field.range,
                    message: "\(object.displayName) runs its pods as root (runAsUser: 0), and \(KubernetesWording.list(inheriting)) \(KubernetesWording.verb("inherits", "inherit", count: inheriting.count)) it; use a numeric UID above 10000 (e.g. 10001) with runAsNonRoot: true"))
            }
        }
        return violations
    }
}
