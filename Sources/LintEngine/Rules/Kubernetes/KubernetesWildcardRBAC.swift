import DeploySyntax

/// K8S031: `*` in the verbs or resources of a Role or ClusterRole rule.
public struct KubernetesWildcardRBAC: KubernetesRule {
    public let id = "K8S031"
    public init() {}

    static let metricsGroups: Set<String> = ["metrics.k8s.io", "custom.metrics.k8s.io", "external.metrics.k8s.io"]

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for object in manifest.objects {
            guard let role = object.role else { continue }
            for rule in role.rules {
                // The metrics APIs name resources after metrics and serve only reads: '*' is how they are granted.
                if !rule.apiGroups.isEmpty, rule.apiGroups.allSatisfy({ Self.metricsGroups.contains($0.value) }) { continue }
                let coversCore = rule.apiGroups.contains { $0.value.isEmpty || $0.value == "*" }
                let resources = rule.resources.map(\.value).filter { $0 != "*" }
                let verbs = rule.verbs.map(\.value).filter { $0 != "*" }
                for verb in rule.verbs where verb.value == "*" {
                    let on = resources.isEmpty ? "every resource it lists" : KubernetesWording.list(resources)
                    violations.append(Violation(
                        range: verb.range,
                        message: "\(object.displayName) grants every verb ('*') on \(on), including delete, escalate and impersonate where they apply; list only the verbs needed (get, list, watch…)"))
                }
                for resource in rule.resources where resource.value == "*" {
                    let groupNames = rule.apiGroups.map { $0.value.isEmpty ? "core" : ($0.value == "*" ? "every" : $0.value) }
                    let groups = groupNames.count == 1 ? " of the \(groupNames[0]) API group" : (groupNames.isEmpty ? "" : " of API groups \(KubernetesWording.list(groupNames))")
                    let doing = verbs.isEmpty ? "any verb" : KubernetesWording.list(verbs)
                    violations.append(Violation(
                        range: resource.range,
                        message: "\(object.displayName) grants \(doing) on every resource ('*')\(groups)\(coversCore ? ", Secrets included," : ",") and on any resource added later; list the resources needed"))
                }
            }
        }
        return violations
    }
}
