import DeploySyntax

/// DF008: `apt-get install` without `-y`: apt asks for confirmation, finds no terminal and aborts the build.
public struct AptGetInstallWithoutYes: DockerfileRule {
    public let id = "DF008"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for (_, script) in dockerfile.runScripts(includingTriggers: true) {
            for invocation in PackageManagerCommand.find(in: script) {
                guard invocation.manager == .aptGet || invocation.manager == .apt || invocation.manager == .aptitude,
                      ["install", "upgrade", "dist-upgrade", "full-upgrade", "remove", "purge", "autoremove", "build-dep"].contains(invocation.action),
                      let subcommand = invocation.subcommand else { continue }
                if invocation.hasOption("-y", "--yes", "--assume-yes", "--force-yes") { continue }
                // A simulation (`apt-get install -s pkg`) never asks.
                if invocation.hasOption("-s", "--simulate", "--dry-run", "--just-print", "--no-act", "--recon") { continue }
                if invocation.optionValues("-o", "--option").contains(where: { Self.isAssumeYes($0.value) }) { continue }
                if Self.isFedByYes(script, commandIndex: invocation.commandIndex) { continue }
                violations.append(Violation(
                    range: subcommand.range,
                    message: "'\(invocation.managerWord.value) \(subcommand.value)' without -y waits for a confirmation that never comes in a build and aborts: add -y"
                ))
            }
        }
        return violations
    }

    static func isAssumeYes(_ option: String) -> Bool {
        let lower = option.lowercased()
        return lower.hasPrefix("apt::get::assume-yes=") && ["true", "1", "yes"].contains(lower.split(separator: "=").last.map(String.init) ?? "")
    }

    /// `yes | apt-get install …`.
    static func isFedByYes(_ script: ShellScript, commandIndex: Int) -> Bool {
        let command = script.commands[commandIndex]
        guard command.separatorBefore.isPipe else { return false }
        return script.commands[..<commandIndex].contains { $0.pipelineID == command.pipelineID && $0.effectiveName == "yes" }
    }
}
