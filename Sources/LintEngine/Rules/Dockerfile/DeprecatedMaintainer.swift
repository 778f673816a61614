import DeploySyntax

/// DF026: `MAINTAINER` is deprecated.
public struct DeprecatedMaintainer: DockerfileRule {
    public let id = "DF026"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        dockerfile.instructions.filter { $0.keyword == .maintainer }.map { instruction in
            Violation(
                range: instruction.keywordRange,
                message: "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors=\"\(instruction.argumentText.replacingQuotes)\""
            )
        }
    }
}

private extension String {
    var replacingQuotes: String { String(map { $0 == "\"" ? "'" : $0 }) }
}
