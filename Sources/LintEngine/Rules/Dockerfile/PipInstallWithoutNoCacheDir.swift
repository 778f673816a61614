import DeploySyntax

/// DF013: `pip install` without `--no-cache-dir` in the final image: pip's download cache stays in the layer.
public struct PipInstallWithoutNoCacheDir: DockerfileRule {
    public let id = "DF013"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        guard let final = dockerfile.finalStage else { return [] }
        var violations: [Violation] = []
        for instruction in dockerfile.lineageInstructions(ofStage: final.index, .run) {
            guard let script = instruction.script else { continue }
            if instruction.variables["PIP_NO_CACHE_DIR"] != nil { continue }
            if Dockerfile.mountsCache(instruction, over: ["/root/.cache", "/home/"]) || Self.mountsPipCache(instruction) { continue }
            if script.mentionsPath(["/root/.cache", "~/.cache", "$HOME/.cache", "${HOME}/.cache"]) { continue }
            if script.commands.contains(where: { $0.words.contains { $0.value.hasPrefix("PIP_NO_CACHE_DIR") } }) { continue }
            let invocations = PackageManagerCommand.find(in: script).filter { $0.manager == .pip }
            if invocations.contains(where: { $0.action == "cache" }) { continue }
            for invocation in invocations where invocation.installs {
                guard !invocation.hasOption("--no-cache-dir"), let word = invocation.subcommand else { continue }
                let command = script.commands[invocation.commandIndex]
                if command.assignments.contains(where: { $0.value.hasPrefix("PIP_NO_CACHE_DIR=") }) { continue }
                violations.append(Violation(
                    range: word.range,
                    message: "'pip install' keeps its download cache (~/.cache/pip) in this layer: add --no-cache-dir, set ENV PIP_NO_CACHE_DIR=1, or use 'RUN --mount=type=cache,target=/root/.cache/pip'"
                ))
            }
        }
        return violations
    }

    static func mountsPipCache(_ instruction: DockerfileInstruction) -> Bool {
        instruction.flags.contains { flag in
            flag.name.lowercased() == "mount" && flag.options["type"] == "cache"
                && (flag.options["target"]?.contains("pip") ?? false)
        }
    }
}
