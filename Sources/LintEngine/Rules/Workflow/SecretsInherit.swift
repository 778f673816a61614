import DeploySyntax

/// GHA014: `secrets: inherit` hands every repository, environment and organization secret to the called
/// workflow, whatever it needs.
public struct SecretsInherit: WorkflowRule {
    public let id = "GHA014"
    public init() {}

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        workflow.jobs.compactMap { job in
            guard let secrets = job.secrets, ScalarText.lower(secrets.value.string ?? "") == "inherit" else { return nil }
            let callee = job.uses.map { "'\($0.text)'" } ?? "the called workflow"
            return Violation(
                range: secrets.value.reportRange,
                message: "job '\(job.id)' passes every secret to \(callee) with `secrets: inherit`: a compromise of that workflow (or of an action it uses) exposes all of them; pass only the secrets it declares (`secrets: { NAME: ${{ secrets.NAME }} }`)")
        }
    }
}
