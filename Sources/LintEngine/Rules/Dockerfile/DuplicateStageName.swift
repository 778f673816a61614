import DeploySyntax

/// DF019: two stages with the same name (Docker rejects the file; names compare case-insensitively).
public struct DuplicateStageName: DockerfileRule {
    public let id = "DF019"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var firstByName: [String: DockerfileStage] = [:]
        var violations: [Violation] = []
        for stage in dockerfile.stages {
            guard let name = stage.name, let range = stage.nameRange else { continue }
            if let first = firstByName[name], let firstRange = first.nameRange {
                violations.append(Violation(
                    range: range,
                    message: "stage name '\(name)' is already used by the stage at line \(firstRange.start.line): give each stage a unique name",
                    related: [Diagnostic.Related(path: context.path, range: firstRange, message: "first stage named '\(name)'")]
                ))
            } else {
                firstByName[name] = stage
            }
        }
        return violations
    }
}
