import DeploySyntax

/// DF033: `apt` in a RUN: its command line is meant for people and is not stable for scripts; use `apt-get`.
public struct AptInsteadOfAptGet: DockerfileRule {
    public let id = "DF033"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for (_, script) in dockerfile.runScripts(includingTriggers: true) {
            for invocation in PackageManagerCommand.find(in: script) where invocation.manager == .apt {
                let action = invocation.action
                guard ["install", "update", "upgrade", "full-upgrade", "dist-upgrade", "remove", "purge", "autoremove"].contains(action) else { continue }
                violations.append(Violation(
                    range: invocation.managerWord.range,
                    message: "'apt \(action)' uses apt's interactive interface, which warns that it has no stable CLI for scripts: use 'apt-get \(action)\(action == "install" ? " -y --no-install-recommends" : "")'"
                ))
            }
        }
        return violations
    }
}
