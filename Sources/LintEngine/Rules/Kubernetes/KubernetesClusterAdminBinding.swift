import DeploySyntax

/// K8S032: a binding to the `cluster-admin` ClusterRole (a RoleBinding, which limits it to one namespace, at
/// warning).
public struct KubernetesClusterAdminBinding: KubernetesRule {
    public let id = "K8S032"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.objects.compactMap { object in
            guard let binding = object.roleBinding, let role = binding.roleRefName, role.value == "cluster-admin",
                  binding.roleRefKind?.value ?? "ClusterRole" == "ClusterRole" else { return nil }
            let subjects = binding.subjects.map { subject in
                let kind = subject.kind?.value ?? "subject"
                let name = subject.name?.value ?? "?"
                return subject.namespace.map { "\(kind) '\($0.value)/\(name)'" } ?? "\(kind) '\(name)'"
            }
            let who = subjects.isEmpty ? "its subjects" : KubernetesWording.list(subjects)
            if binding.isClusterScoped {
                return Violation(
                    range: role.range,
                    message: "\(object.displayName) grants cluster-admin to \(who): full control of every object in every namespace; bind a ClusterRole with only the permissions needed")
            }
            return Violation(
                range: role.range,
                message: "\(object.displayName) grants cluster-admin to \(who) in its namespace: every object there, Secrets and RBAC included; bind a Role with only the permissions needed",
                severity: .warning)
        }
    }
}
