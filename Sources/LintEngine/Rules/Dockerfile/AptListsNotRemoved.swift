import DeploySyntax

/// DF010: `apt-get update` + install in the final image without removing `/var/lib/apt/lists` in the same RUN.
public struct AptListsNotRemoved: DockerfileRule {
    public let id = "DF010"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        guard let final = dockerfile.finalStage else { return [] }
        var violations: [Violation] = []
        for instruction in dockerfile.lineageInstructions(ofStage: final.index, .run) {
            guard let script = instruction.script else { continue }
            let invocations = PackageManagerCommand.find(in: script).filter { $0.manager == .aptGet || $0.manager == .apt }
            guard let update = invocations.first(where: { $0.action == "update" }), let updateWord = update.subcommand,
                  invocations.contains(where: { $0.installs || $0.action.hasSuffix("upgrade") }) else { continue }
            if script.mentionsPath(["/var/lib/apt/lists"]) { continue }
            if invocations.contains(where: { $0.action == "dist-clean" }) { continue }
            if Dockerfile.mountsCache(instruction, over: ["/var/lib/apt"]) { continue }
            violations.append(Violation(
                range: updateWord.range,
                message: "the package lists that '\(update.managerWord.value) update' downloads stay in this layer (tens of MB): end the same RUN with 'rm -rf /var/lib/apt/lists/*'"
            ))
        }
        return violations
    }
}
