import DeploySyntax

/// DF012: `apk add` without `--no-cache` in the final image: the package index stays in `/var/cache/apk`.
public struct ApkAddWithoutNoCache: DockerfileRule {
    public let id = "DF012"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        guard let final = dockerfile.finalStage else { return [] }
        var violations: [Violation] = []
        for instruction in dockerfile.lineageInstructions(ofStage: final.index, .run) {
            guard let script = instruction.script else { continue }
            let invocations = PackageManagerCommand.find(in: script).filter { $0.manager == .apk }
            if script.mentionsPath(["/var/cache/apk"]) { continue }
            if invocations.contains(where: { $0.action == "cache" }) { continue }
            if Dockerfile.mountsCache(instruction, over: ["/var/cache/apk", "/etc/apk/cache"]) { continue }
            // `--no-network` installs from already present files and fetches no index.
            for invocation in invocations where invocation.installs && !invocation.hasOption("--no-cache", "--no-network") {
                guard let word = invocation.subcommand else { continue }
                violations.append(Violation(
                    range: word.range,
                    message: "'apk add' without --no-cache leaves the package index in /var/cache/apk in this layer: use 'apk add --no-cache …'"
                ))
            }
        }
        return violations
    }
}
