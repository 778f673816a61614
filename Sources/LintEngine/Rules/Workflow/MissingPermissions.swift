import DeploySyntax

/// GHA004: a job runs with the default `GITHUB_TOKEN` permissions because neither it nor the workflow sets
/// `permissions:`; the default may be read/write on everything (repository settings decide). Workflows
/// triggered only by `workflow_call` are skipped: the caller's permissions bound them.
public struct MissingPermissions: WorkflowRule {
    public let id = "GHA004"
    public init() {}

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        guard workflow.permissions == nil, !workflow.isReusableOnly else { return [] }
        return workflow.jobs.compactMap { job in
            guard job.permissions == nil else { return nil }
            return Violation(
                range: job.idRange,
                message: "job '\(job.id)' runs with the default GITHUB_TOKEN permissions (read/write on most scopes unless the repository restricts them): neither the job nor the workflow sets `permissions`; add `permissions: { contents: read }` at the top and grant more per job")
        }
    }
}
