import DeploySyntax

/// GHA010: a deploying job with no `concurrency` (neither on the job nor the workflow): two runs can deploy
/// at once, and an older commit can finish last and win.
public struct DeployWithoutConcurrency: WorkflowRule {
    public let id = "GHA010"
    public init() {}

    /// Actions whose purpose is to deploy.
    static let deployActions: Set<String> = [
        "actions/deploy-pages", "peaceiris/actions-gh-pages", "jamesives/github-pages-deploy-action",
        "aws-actions/amazon-ecs-deploy-task-definition", "azure/webapps-deploy", "azure/k8s-deploy", "azure/functions-action",
        "google-github-actions/deploy-cloudrun", "google-github-actions/deploy-appengine", "cloudflare/wrangler-action",
        "cloudflare/pages-action", "superfly/flyctl-actions", "akhileshns/heroku-deploy", "amondnet/vercel-action",
        "digitalocean/app_action", "appleboy/ssh-action",
    ]

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        guard workflow.concurrency == nil else { return [] }
        return workflow.jobs.compactMap { job in
            guard job.concurrency == nil, let why = deployReason(job) else { return nil }
            return Violation(
                range: job.idRange,
                message: "job '\(job.id)' deploys (\(why)) but neither the job nor the workflow sets `concurrency`: two runs can deploy at once and an older commit can finish last; add `concurrency: { group: deploy-${{ github.ref }}, cancel-in-progress: false }`")
        }
    }

    static let deployWords: Set<String> = ["deploy", "deploys", "deploying", "deployment", "release-deploy"]
    static let testWords: Set<String> = ["test", "tests", "testing", "check", "checks", "lint", "validate", "verify", "dry", "plan"]

    /// `deploy`, `build-and-deploy`, `Deploy docs` — but not `deployment-tests` or `Validate deployment`.
    static func namesDeployment(_ text: String) -> Bool {
        let words = ScalarText.lower(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
        return words.contains(where: deployWords.contains) && !words.contains(where: testWords.contains)
    }

    private func deployReason(_ job: WorkflowJob) -> String? {
        if let environment = job.environment {
            return "it targets environment '\(environment.name?.text ?? "…")'"
        }
        if Self.namesDeployment(job.id) { return "its id is '\(job.id)'" }
        if let name = job.name, Self.namesDeployment(name.text) { return "its name is '\(name.text)'" }
        for step in job.steps {
            if let slug = step.uses?.slug, Self.deployActions.contains(slug) { return "\(step.label) uses \(slug)" }
        }
        return nil
    }
}
