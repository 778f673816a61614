import DeploySyntax

/// GHA009: a job without `timeout-minutes` runs up to GitHub's default of 360 minutes when it hangs.
public struct JobWithoutTimeout: WorkflowRule {
    public let id = "GHA009"
    public init() {}

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        workflow.jobs.compactMap { job in
            // A reusable-workflow call cannot set timeout-minutes; the called jobs do.
            guard job.uses == nil, job.timeoutMinutes == nil, !job.steps.isEmpty else { return nil }
            return Violation(
                range: job.idRange,
                message: "job '\(job.id)' has no `timeout-minutes`: a hung step keeps the runner (and the bill) busy for GitHub's default of 360 minutes; set a bound a little above its usual duration")
        }
    }
}
