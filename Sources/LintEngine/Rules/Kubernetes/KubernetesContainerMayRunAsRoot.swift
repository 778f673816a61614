import DeploySyntax

/// K8S001: a container that neither sets `runAsNonRoot: true` nor a non-zero `runAsUser` (its own or the pod's)
/// runs as whatever user the image says, which is root for most images.
public struct KubernetesContainerMayRunAsRoot: KubernetesRule {
    public let id = "K8S001"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for object in manifest.objects {
            guard let workload = object.workload, !workload.pod.isWindows else { continue }
            let pod = workload.pod
            var inheritingFalse: [String] = []
            for container in pod.containers {
                let nonRoot = pod.effective(\.runAsNonRoot, for: container)
                if nonRoot?.value == true { continue }
                // A UID is non-root for sure when above 0; runAsUser 0 is K8S002's finding.
                if pod.effective(\.runAsUser, for: container) != nil { continue }
                let subject = "\(container.displayName) of \(object.displayName)"
                switch nonRoot {
                case let setting? where setting.level == .container:
                    violations.append(Violation(
                        range: setting.field.range,
                        message: "\(subject) may run as root: runAsNonRoot is false; set runAsNonRoot: true and a numeric runAsUser above 10000 (e.g. 10001)"))
                case _?:
                    inheritingFalse.append(container.displayName)
                case nil:
                    violations.append(Violation(
                        range: container.anchorRange,
                        message: "\(subject) may run as root: neither it nor the pod sets securityContext.runAsNonRoot: true, so the image's USER decides; set runAsNonRoot: true and runAsUser: 10001"))
                }
            }
            if !inheritingFalse.isEmpty, let field = pod.securityContext?.runAsNonRoot {
                violations.append(Violation(
                    range: field.range,
                    message: "\(object.displayName) sets runAsNonRoot: false for its pods, so \(KubernetesWording.list(inheritingFalse)) may run as root; set runAsNonRoot: true and a numeric runAsUser above 10000 (e.g. 10001)"))
            }
        }
        return violations
    }
}
