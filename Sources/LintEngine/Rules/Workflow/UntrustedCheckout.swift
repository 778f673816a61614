import DeploySyntax

/// GHA002: a `pull_request_target` or `workflow_run` workflow that checks out the pull request's head.
/// Those triggers run with a write token and the repository's secrets; any fork code the job then builds or
/// runs gets them ("pwn request").
public struct UntrustedCheckout: WorkflowRule {
    public let id = "GHA002"
    public init() {}

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        let triggers = ["pull_request_target", "workflow_run"].filter(workflow.isTriggered(by:))
        guard let trigger = triggers.first else { return [] }
        var out: [Violation] = []
        for job in workflow.jobs {
            for step in job.steps {
                if step.uses?.slug == "actions/checkout" {
                    for input in step.with where input.name == "ref" || input.name == "repository" {
                        let expressions = workflow.expressions(in: input.value)
                        let head = expressions.flatMap(\.references).first { UntrustedContext.isPullRequestHead($0.path) }
                        let text = input.text ?? ""
                        guard head != nil || (input.name == "ref" && ScalarText.contains(text, "refs/pull/")) else { continue }
                        let guardText = guardCondition(job: job, step: step)
                        out.append(Violation(
                            range: input.value.reportRange,
                            message: message(trigger: trigger, what: "checks out the pull request's head (`\(input.name): \(text)`)") + (guardText.map { " (an `if:` limits it to \($0), which lowers the risk)" } ?? ""),
                            severity: guardText == nil ? nil : .note))
                    }
                }
                if let run = step.run, runChecksOutHead(run, workflow: workflow) {
                    out.append(Violation(
                        range: run.pairRange,
                        message: message(trigger: trigger, what: "fetches the pull request's head in its script")))
                }
            }
        }
        return out
    }

    /// A condition that keeps fork pull requests out: same-repository heads only, or one known bot author.
    /// (`github.actor` is not a guard: a re-run or a bot's update changes the actor, not the code.)
    private func guardCondition(job: WorkflowJob, step: WorkflowStep) -> String? {
        for condition in [job.ifCondition, step.ifCondition].compactMap({ $0?.text }) {
            let text = ScalarText.lower(condition)
            if ScalarText.contains(text, "head.repo.full_name == github.repository") || ScalarText.contains(text, "github.repository == github.event.pull_request.head.repo.full_name") {
                return "pull requests from branches of this repository"
            }
            if ScalarText.contains(text, "head.repo.fork == false") || ScalarText.contains(text, "!github.event.pull_request.head.repo.fork") {
                return "pull requests that are not from forks"
            }
            if ScalarText.contains(text, "github.event.pull_request.user.login ==") {
                return "pull requests opened by one account"
            }
        }
        return nil
    }

    private func runChecksOutHead(_ run: ScalarSetting, workflow: Workflow) -> Bool {
        if ScalarText.contains(run.text, "gh pr checkout") { return true }
        guard ScalarText.contains(run.text, "git ") else { return false }
        return workflow.expressions(in: run.node).flatMap(\.references).contains { UntrustedContext.isPullRequestHead($0.path) }
    }

    private func message(trigger: String, what: String) -> String {
        "this workflow runs on `\(trigger)` (write token and secrets available) and this step \(what): code from a fork that the job then builds, installs or runs gets those privileges; check out the base commit only, or move the work on untrusted code to a `pull_request` workflow and pass results through artifacts"
    }
}
