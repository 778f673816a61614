import DeploySyntax

/// K8S019: `imagePullPolicy` that contradicts the image reference: a moving tag (`latest`, none) that is not
/// pulled `Always`, or a digest-pinned image pulled `Always` (a registry round-trip that cannot change
/// anything and makes every start depend on the registry; reported at note).
public struct KubernetesPullPolicyMismatch: KubernetesRule {
    public let id = "K8S019"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.containerSites.compactMap { site in
            guard let policy = site.container.imagePullPolicy, let reference = site.container.imageReference,
                  !reference.isTemplated else { return nil }
            if reference.isLatestOrUntagged && (policy.value == "IfNotPresent" || policy.value == "Never") {
                return Violation(
                    range: policy.range,
                    message: "\(site.subject) pulls '\(reference.text)' with imagePullPolicy: \(policy.value): a node keeps whichever 'latest' it pulled first, so pods run different builds; pin a version tag, or use imagePullPolicy: Always")
            }
            if reference.isPinnedByDigest && policy.value == "Always" {
                return Violation(
                    range: policy.range,
                    message: "\(site.subject) pins its image by digest but sets imagePullPolicy: Always: each start asks the registry for an image that cannot change and fails when the registry is down; use IfNotPresent",
                    severity: .note)
            }
            return nil
        }
    }
}
