import DeploySyntax

/// DF015: `sudo` in a RUN: builds run as the current USER; sudo only adds a setuid binary and TTY quirks.
public struct SudoInRun: DockerfileRule {
    public let id = "DF015"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for (_, script) in dockerfile.runScripts(includingTriggers: true) {
            for command in script.commands {
                guard let first = command.words.first, ShellCommand.baseName(first.value) == "sudo" else { continue }
                violations.append(Violation(
                    range: first.range,
                    message: "'sudo' in a RUN: the build already runs as the current USER, and sudo keeps a setuid binary in the image: run the step under 'USER root' and switch back with 'USER 10001'"
                ))
            }
        }
        return violations
    }
}
