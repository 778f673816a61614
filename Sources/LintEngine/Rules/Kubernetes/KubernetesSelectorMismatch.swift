import DeploySyntax

/// K8S033: a controller whose selector does not select its own pod template (or an apps/v1 controller
/// without a selector): the API server rejects it.
public struct KubernetesSelectorMismatch: KubernetesRule {
    public let id = "K8S033"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.objects.compactMap { object in
            guard let workload = object.workload, workload.kind != .pod, workload.kind != .cronJob else { return nil }
            let labels = workload.podLabels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
            guard let selector = workload.selector else {
                // apps/v1 requires a selector; the removed betas defaulted it from the template (K8S036 reports them).
                guard object.apiVersion.value == "apps/v1" else { return nil }
                return Violation(
                    range: object.anchorRange,
                    message: "\(object.displayName) has no spec.selector, which \(object.apiVersion.value) requires: the API server rejects it; add selector.matchLabels equal to the pod template's labels\(labels.isEmpty ? "" : " (\(labels))")")
            }
            if selector.matches(workload.podLabels, emptySelectsAll: false) { return nil }
            let problem = selector.isEmpty ? "an empty selector" : "selector \(selector.summary)"
            return Violation(
                range: selector.keyRange,
                message: "\(object.displayName) has \(problem) that does not match its pod template's labels (\(labels.isEmpty ? "none" : labels)): the API server rejects it; make the template carry every selected label")
        }
    }
}
