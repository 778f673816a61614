import DeploySyntax

/// DC015: `depends_on`, `links`, `volumes_from`, `network_mode: service:` or `extends` naming a service this
/// file does not define. Quiet on override files and files with `include:` (the service may live there).
public struct UndefinedServiceReference: ComposeRule {
    public let id = "DC015"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        guard !compose.mayReferenceOtherFiles else { return [] }
        let names = Set(compose.services.map(\.name))
        var out: [Violation] = []
        func report(_ name: String, _ range: SourceRange, _ how: String, in service: ComposeService) {
            guard !name.isEmpty, !names.contains(name), !ComposeInterpolation.mayInterpolate(name) else { return }
            out.append(Violation(
                range: range,
                message: "service '\(service.name)' \(how) '\(name)', which is not a service in this file (services: \(names.sorted().joined(separator: ", "))); fix the name or define the service"))
        }
        for service in compose.services {
            for dependency in service.dependsOn where dependency.required {
                report(dependency.service, dependency.range, "depends on", in: service)
            }
            for link in service.links {
                let name = link.text.split(separator: ":").first.map(String.init) ?? link.text
                report(name, link.range, "links to", in: service)
            }
            for source in service.volumesFrom {
                let parts = source.text.split(separator: ":").map(String.init)
                if parts.first == "container" { continue }
                let name = parts.first == "service" && parts.count > 1 ? parts[1] : (parts.first ?? "")
                report(name, source.range, "takes volumes from", in: service)
            }
            if let mode = service.networkMode, mode.text.hasPrefix("service:") {
                report(String(mode.text.dropFirst("service:".count)), mode.range, "shares the network of", in: service)
            }
            if let extends = service.extends, extends.file == nil, let base = extends.service {
                report(base.text, base.range, "extends", in: service)
            }
        }
        return out
    }
}
