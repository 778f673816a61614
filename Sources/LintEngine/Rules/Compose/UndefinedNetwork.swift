import DeploySyntax

/// DC017: a service joins a network the top-level `networks:` does not declare; compose refuses the file.
/// Quiet on override files and files with `include:`.
public struct UndefinedNetwork: ComposeRule {
    public let id = "DC017"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        guard !compose.mayReferenceOtherFiles else { return [] }
        let declared = Set(compose.networks.map(\.name))
        var out: [Violation] = []
        for service in compose.services {
            for network in service.networks {
                let name = network.text
                guard name != "default", !declared.contains(name), !ComposeInterpolation.mayInterpolate(name) else { continue }
                out.append(Violation(
                    range: network.range,
                    message: "service '\(service.name)' joins network '\(name)', which the top-level `networks:` does not declare (compose refuses the file); declare it or fix the name"))
            }
        }
        return out
    }
}
