import DeploySyntax

/// K8S018: an image with the `latest` tag or no tag, in any container (init and ephemeral included).
public struct KubernetesMutableImageTag: KubernetesRule {
    public let id = "K8S018"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.containerSites.compactMap { site in
            guard let image = site.container.image, let reference = site.container.imageReference,
                  !reference.isTemplated, reference.isLatestOrUntagged else { return nil }
            let what = reference.tag == nil ? "image '\(image.value)' has no tag, which means 'latest'" : "image '\(image.value)' uses the 'latest' tag"
            return Violation(
                range: image.range,
                message: "\(site.subject): \(what), which moves: rollouts and rollbacks are not reproducible and nodes may run different builds; pin a version tag, ideally with its digest")
        }
    }
}
