import DeploySyntax

/// DC016: a named volume used by a service but not declared under the top-level `volumes:`; compose refuses
/// the file. Quiet on override files and files with `include:`.
public struct UndefinedVolume: ComposeRule {
    public let id = "DC016"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        guard !compose.mayReferenceOtherFiles else { return [] }
        let declared = Set(compose.volumes.map(\.name))
        var out: [Violation] = []
        for service in compose.services {
            for mount in service.volumes where mount.type == .volume {
                guard let name = mount.source, !name.isEmpty, !ComposeInterpolation.mayInterpolate(name),
                      !declared.contains(name) else { continue }
                out.append(Violation(
                    range: mount.sourceRange ?? mount.range,
                    message: "service '\(service.name)' mounts the named volume '\(name)', which the top-level `volumes:` does not declare (compose refuses the file); declare it (`volumes: { \(name): {} }`), or write './\(name)' for a bind mount of a directory"))
            }
        }
        return out
    }
}
