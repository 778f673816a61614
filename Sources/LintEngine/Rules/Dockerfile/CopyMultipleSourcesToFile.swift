import DeploySyntax

/// DF034: `COPY`/`ADD` with several sources whose destination does not end with `/`: Docker rejects it
/// ("When using COPY with more than one source file, the destination must be a directory and end with a /").
public struct CopyMultipleSourcesToFile: DockerfileRule {
    public let id = "DF034"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for instruction in dockerfile.instructions(.copy, .add) {
            let sources = instruction.copySources
            guard sources.count >= 2, let destination = instruction.copyDestination else { continue }
            let (path, complete) = dockerfile.expand(destination.raw, at: instruction)
            guard complete, !path.isEmpty else { continue }
            if path.hasSuffix("/") || path.hasSuffix("\\") || path == "." || path == ".." { continue }
            violations.append(Violation(
                range: destination.range,
                message: "\(instruction.keyword.rawValue) has \(sources.count) sources, so the destination '\(path)' must be a directory ending with '/': write '\(path)/'"
            ))
        }
        return violations
    }
}
