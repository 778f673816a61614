import DeploySyntax

/// DF025: `COPY . …` copies the whole build context, and no `.dockerignore` sits beside the Dockerfile.
public struct CopyContextWithoutDockerignore: DockerfileRule {
    public let id = "DF025"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        // Without a directory listing we cannot know: stay silent.
        guard !context.siblingFileNames.isEmpty else { return [] }
        let fileName = context.path.split(separator: "/").last.map(String.init) ?? context.path
        if context.siblingFileNames.contains(".dockerignore") || context.siblingFileNames.contains("\(fileName).dockerignore") {
            return []
        }
        for instruction in dockerfile.instructions(.copy, .add) {
            if instruction.flag("from") != nil { continue }
            guard let source = instruction.copySources.first(where: { Self.isWholeContext($0.value) }) else { continue }
            return [Violation(
                range: source.range,
                message: "\(instruction.keyword.rawValue) \(source.value) copies the whole build context and there is no .dockerignore beside the Dockerfile: .git, .env files and local build output end up in the image; add a .dockerignore"
            )]
        }
        return []
    }

    static func isWholeContext(_ value: String) -> Bool {
        ["." , "./", "*", "./*", "./."].contains(value)
    }
}
