import DeploySyntax

/// GHA012: a `pull_request` workflow running on a self-hosted runner: on a public repository any fork's pull
/// request runs its code on that machine, which persists between jobs and sits inside your network.
public struct SelfHostedRunnerOnPullRequest: WorkflowRule {
    public let id = "GHA012"
    public init() {}

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        guard workflow.isTriggered(by: "pull_request") else { return [] }
        return workflow.jobs.compactMap { job in
            guard let label = job.runsOn?.selfHostedLabel else { return nil }
            return Violation(
                range: label.range,
                message: "job '\(job.id)' runs on a self-hosted runner in a workflow triggered by `pull_request`: in a public repository a fork's pull request runs its code on that machine, which keeps state between jobs and sits inside your network; use GitHub-hosted runners for pull requests, or ephemeral, isolated self-hosted runners with approval required for fork PRs")
        }
    }
}
