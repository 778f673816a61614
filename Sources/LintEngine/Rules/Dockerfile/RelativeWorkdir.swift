import DeploySyntax

/// DF017: `WORKDIR` with a relative path, which depends on the previous WORKDIR (or the base image's).
public struct RelativeWorkdir: DockerfileRule {
    public let id = "DF017"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        // The last absolute WORKDIR per stage, to suggest the full path.
        var current: [Int: String] = [:]
        for instruction in dockerfile.instructions where instruction.keyword == .workdir {
            guard !instruction.argumentText.isEmpty, let stage = instruction.stageIndex else { continue }
            let (path, complete) = dockerfile.expand(instruction.argumentText, at: instruction)
            let base = current[stage] ?? dockerfile.stages[stage].baseStageIndex.flatMap { current[$0] }
            guard complete, !path.isEmpty else {
                current[stage] = nil
                continue
            }
            if Self.isAbsolute(path) {
                current[stage] = path
                continue
            }
            let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
            if let base { current[stage] = base.hasSuffix("/") ? base + relative : base + "/" + relative }
            if path == "." || path == "./" { continue }  // no change of directory
            let suggestion = base.map { $0.hasSuffix("/") ? $0 + relative : $0 + "/" + relative } ?? "/" + relative
            violations.append(Violation(
                range: instruction.argumentRange,
                message: "WORKDIR '\(path)' is relative, so it depends on the previous WORKDIR (or the base image's): write the absolute path, '\(suggestion)'"
            ))
        }
        return violations
    }

    static func isAbsolute(_ path: String) -> Bool {
        if path.hasPrefix("/") || path.hasPrefix("\\") { return true }
        // Windows: C:\ or C:/
        let u = Array(path.utf8)
        return u.count >= 2 && Bytes.isLetter(u[0]) && u[1] == 0x3A
    }
}
