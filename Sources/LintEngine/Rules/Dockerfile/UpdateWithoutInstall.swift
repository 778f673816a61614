import DeploySyntax

/// DF011: `apt-get update` (or `apk update`) alone in a RUN while a later RUN installs: Docker caches the update
/// layer, so the later install can run with stale package lists.
public struct UpdateWithoutInstall: DockerfileRule {
    public let id = "DF011"

    public init() {}

    private enum Family { case apt, apk }

    private static func family(_ manager: PackageManagerCommand.Manager) -> Family? {
        switch manager {
        case .aptGet, .apt, .aptitude: .apt
        case .apk: .apk
        default: nil
        }
    }

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for stage in dockerfile.stages {
            let instructions = Array(dockerfile.instructions(in: stage))
            // Later RUNs of this stage and of the stages built on it.
            var descendants: [DockerfileInstruction] = []
            for other in dockerfile.stages where other.index > stage.index
                && dockerfile.lineage(ofStage: other.index).contains(stage.index) {
                descendants += dockerfile.instructions(in: other)
            }
            for (position, instruction) in instructions.enumerated() where instruction.keyword == .run {
                guard let script = instruction.script else { continue }
                let invocations = PackageManagerCommand.find(in: script)
                for update in invocations where update.action == "update" {
                    guard let family = Self.family(update.manager), let word = update.subcommand else { continue }
                    let sameRunInstalls = invocations.contains {
                        Self.family($0.manager) == family && ($0.installs || $0.action.hasSuffix("upgrade"))
                    }
                    if sameRunInstalls { continue }
                    let later = instructions[(position + 1)...] + descendants
                    guard let stale = Self.firstStaleInstall(in: later, family: family) else { continue }
                    violations.append(Violation(
                        range: word.range,
                        message: "'\(update.managerWord.value) update' runs alone in this RUN, so its layer is cached and the install at line \(stale.start.line) can run with stale package lists: update and install in one RUN ('\(update.managerWord.value) update && \(family == .apt ? "apt-get install -y" : "apk add") …')"
                    ))
                }
            }
        }
        return violations
    }

    /// The first later install of the same family that does not refresh the lists itself.
    private static func firstStaleInstall(in instructions: some Sequence<DockerfileInstruction>, family: Family) -> SourceRange? {
        for instruction in instructions where instruction.keyword == .run {
            guard let script = instruction.script else { continue }
            let invocations = PackageManagerCommand.find(in: script).filter { Self.family($0.manager) == family }
            if invocations.contains(where: { $0.action == "update" }) { continue }
            for invocation in invocations where invocation.installs {
                if family == .apk && invocation.hasOption("--no-cache", "--update", "-U") { continue }
                return invocation.subcommand?.range ?? invocation.managerWord.range
            }
        }
        return nil
    }
}
