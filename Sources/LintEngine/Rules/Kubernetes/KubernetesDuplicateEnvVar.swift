import DeploySyntax

/// K8S035: the same environment variable twice in one container: the last one wins, silently.
public struct KubernetesDuplicateEnvVar: KubernetesRule {
    public let id = "K8S035"
    public init() {}

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for site in manifest.containerSites {
            var seen: [String: SourceRange] = [:]
            for variable in site.container.env {
                guard let name = variable.name else { continue }
                if let first = seen[name.value] {
                    violations.append(Violation(
                        range: name.range,
                        message: "\(site.subject) sets environment variable \(name.value) twice: this later entry silently wins; keep one",
                        related: [Diagnostic.Related(path: manifest.file.path, range: first, message: "\(name.value) first set here")]))
                } else {
                    seen[name.value] = name.range
                }
            }
        }
        return violations
    }
}
