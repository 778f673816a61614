import DeploySyntax

/// DC025: a malformed `${…}` (unterminated, empty, a name starting with a digit, an unknown operator):
/// compose refuses the whole file with "invalid interpolation format".
public struct InvalidInterpolation: ComposeRule {
    public let id = "DC025"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        for node in compose.valueScalars {
            guard let text = node.string, ScalarText.contains(text, "${"), let parsed = compose.interpolation(in: node) else { continue }
            for problem in parsed.problems {
                out.append(Violation(range: problem.range, message: problem.message))
            }
        }
        return out
    }
}
