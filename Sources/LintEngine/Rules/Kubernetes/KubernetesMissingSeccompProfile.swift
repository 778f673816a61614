import DeploySyntax

/// K8S020: a container whose effective seccomp profile (its own, else the pod's) is not `RuntimeDefault` or
/// `Localhost`.
public struct KubernetesMissingSeccompProfile: KubernetesRule {
    public let id = "K8S020"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for object in manifest.objects {
            guard let workload = object.workload, !workload.pod.isWindows else { continue }
            let pod = workload.pod
            var inheriting: [String] = []
            for container in pod.containers {
                let profile = pod.effective(\.seccompProfileType, for: container)
                switch profile {
                case let setting? where setting.value == "RuntimeDefault" || setting.value == "Localhost":
                    continue
                case let setting? where setting.level == .container:
                    violations.append(Violation(
                        range: setting.field.range,
                        message: "\(container.displayName) of \(object.displayName) runs with seccomp profile \(setting.value): every system call reaches the kernel; use seccompProfile.type: RuntimeDefault"))
                case _?:
                    inheriting.append(container.displayName)
                case nil:
                    violations.append(Violation(
                        range: container.anchorRange,
                        message: "\(container.displayName) of \(object.displayName) has no seccomp profile (securityContext.seccompProfile, its own or the pod's), so it runs Unconfined; set seccompProfile.type: RuntimeDefault in the pod's securityContext"))
                }
            }
            if !inheriting.isEmpty, let field = pod.securityContext?.seccompProfileType {
                violations.append(Violation(
                    range: field.range,
                    message: "\(object.displayName) sets seccomp profile \(field.value) for its pods, so \(KubernetesWording.list(inheriting)) can make every system call; use seccompProfile.type: RuntimeDefault"))
            }
        }
        return violations
    }
}
