import DeploySyntax

/// GHA015: an `if:` that mixes `${{ }}` with other text is a non-empty string, so it is always true
/// (`if: ${{ github.event_name }} == 'push'`).
public struct AlwaysTrueCondition: WorkflowRule {
    public let id = "GHA015"
    public init() {}

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        func check(_ condition: ScalarSetting?, _ owner: String) {
            guard let condition, condition.containsExpression else { return }
            let bytes = Array(condition.text.utf8)
            let spans = WorkflowExpressionScanner.spans(bytes)
            guard !spans.isEmpty else { return }
            var start = 0
            var end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0A { end -= 1 }
            if spans.count == 1, spans[0].0 == start..<end { return }
            out.append(Violation(
                range: condition.range,
                message: "the `if:` of \(owner) mixes `${{ }}` with other text, so it evaluates to a non-empty string and is always true; write the whole condition inside one expression (`if: ${{ … }}`) or without `${{ }}`"))
        }
        for job in workflow.jobs {
            check(job.ifCondition, "job '\(job.id)'")
            for step in job.steps { check(step.ifCondition, "\(step.label) of job '\(job.id)'") }
        }
        return out
    }
}
