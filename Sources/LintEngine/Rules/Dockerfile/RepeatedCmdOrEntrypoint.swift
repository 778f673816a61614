import DeploySyntax

/// DF020: several CMD, ENTRYPOINT or HEALTHCHECK instructions in one stage: only the last one takes effect.
public struct RepeatedCmdOrEntrypoint: DockerfileRule {
    public let id = "DF020"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for stage in dockerfile.stages {
            let instructions = dockerfile.instructions(in: stage)
            for keyword in [DockerfileInstruction.Keyword.cmd, .entrypoint, .healthcheck] {
                let matching = instructions.filter { $0.keyword == keyword }
                guard let last = matching.last, matching.count > 1 else { continue }
                for earlier in matching.dropLast() {
                    violations.append(Violation(
                        range: earlier.keywordRange,
                        message: "this \(keyword.rawValue) is overridden by the \(keyword.rawValue) at line \(last.keywordRange.start.line): only the last one in a stage takes effect, so remove this one",
                        related: [Diagnostic.Related(path: context.path, range: last.keywordRange, message: "the \(keyword.rawValue) that takes effect")]
                    ))
                }
            }
        }
        return violations
    }
}
