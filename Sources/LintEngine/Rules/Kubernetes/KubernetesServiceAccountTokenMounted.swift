import DeploySyntax

/// K8S021 (note): pods that get a service account token although neither the pod nor its ServiceAccount
/// (when this file defines it) sets `automountServiceAccountToken: false`. Pods whose ServiceAccount is bound
/// to a role in this file evidently use the API and are not reported.
public struct KubernetesServiceAccountTokenMounted: KubernetesRule {
    public let id = "K8S021"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.workloads.compactMap { object, workload in
            let pod = workload.pod
            let accountName = pod.serviceAccountName?.value ?? "default"
            if let field = pod.automountServiceAccountToken {
                guard field.value else { return nil }
                if !manifest.roleBindings(bindingServiceAccount: accountName, near: object).isEmpty { return nil }
                return Violation(
                    range: field.range,
                    message: "\(object.displayName) mounts its service account token (automountServiceAccountToken: true) but nothing in this file grants '\(accountName)' a role: a compromised container can call the Kubernetes API with it; set it to false unless the pod uses the API")
            }
            if let account = manifest.serviceAccount(named: accountName, near: object),
               account.serviceAccount?.automountServiceAccountToken?.value == false { return nil }
            if !manifest.roleBindings(bindingServiceAccount: accountName, near: object).isEmpty { return nil }
            return Violation(
                range: object.anchorRange,
                message: "\(object.displayName) gets a token for service account '\(accountName)' mounted (automountServiceAccountToken is not false on the pod or its ServiceAccount): a compromised container can call the Kubernetes API with it; set automountServiceAccountToken: false unless the pod uses the API")
        }
    }
}
