import DeploySyntax

/// K8S006: `capabilities.drop` does not include `ALL`.
public struct KubernetesCapabilitiesNotDropped: KubernetesRule {
    public let id = "K8S006"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        manifest.containerSites.compactMap { site in
            guard !site.pod.isWindows else { return nil }
            let context = site.container.securityContext
            let dropped = context?.capabilitiesDropped ?? []
            if dropped.contains(where: { $0.value.uppercased() == "ALL" }) { return nil }
            if let key = context?.capabilitiesDropKeyRange, !dropped.isEmpty {
                let names = dropped.map(\.value).joined(separator: ", ")
                return Violation(
                    range: key,
                    message: "\(site.subject) drops \(names) but not ALL: it keeps the runtime's default capabilities (NET_RAW, CHOWN, SETUID…); drop ALL and add back only what it needs (e.g. NET_BIND_SERVICE)")
            }
            return Violation(
                range: site.container.anchorRange,
                message: "\(site.subject) does not drop capabilities (securityContext.capabilities.drop: [ALL]): it keeps the runtime's defaults such as NET_RAW and SETUID; drop ALL and add back only what it needs")
        }
    }
}
