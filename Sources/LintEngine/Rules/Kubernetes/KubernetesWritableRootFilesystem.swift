import DeploySyntax

/// K8S005: `readOnlyRootFilesystem` not true.
public struct KubernetesWritableRootFilesystem: KubernetesRule {
    public let id = "K8S005"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.containerSites.compactMap { site in
            guard !site.pod.isWindows else { return nil }
            if let field = site.container.securityContext?.readOnlyRootFilesystem {
                guard !field.value else { return nil }
                return Violation(
                    range: field.range,
                    message: "\(site.subject) has a writable root filesystem (readOnlyRootFilesystem: false): an attacker can drop binaries or alter its files; set it to true and mount an emptyDir where it must write")
            }
            return Violation(
                range: site.container.anchorRange,
                message: "\(site.subject) does not set securityContext.readOnlyRootFilesystem: true: an attacker can drop binaries or alter its files; set it and mount an emptyDir where it must write (e.g. /tmp)")
        }
    }
}
