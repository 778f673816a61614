/// Which expression contexts an outsider controls: a fork's pull request, an issue or a comment can put
/// any text there (GitHub Security Lab, "Keeping your GitHub Actions and workflows secure: untrusted input").
enum UntrustedContext {
    /// Last path segments whose text comes from whoever opened the issue, pull request, comment or commit.
    private static let freeTextLeaves: Set<String> = ["title", "body", "message", "head_ref", "head_branch", "display_title", "page_name", "label"]

    /// True when the normalised path (see `WorkflowContextReference`) holds attacker-controlled text.
    static func isAttackerControlled(_ path: String) -> Bool {
        if path == "github.head_ref" { return true }
        guard path.hasPrefix("github.event.") else { return false }
        let rest = path.dropFirst("github.event.".count)
        // Written by maintainers, or not free text.
        if rest.hasPrefix("release.") || rest.hasPrefix("repository.") || rest.hasPrefix("inputs.") || rest.hasPrefix("milestone.") {
            return false
        }
        let segments = rest.split(separator: ".")
        guard let leaf = segments.last else { return false }
        if freeTextLeaves.contains(String(leaf)) { return true }
        let parent = segments.count >= 2 ? segments[segments.count - 2] : ""
        // `pull_request.head.ref`, `workflow_run.pull_requests.*.head.ref`.
        if leaf == "ref", parent == "head" { return true }
        // Commit authors: `head_commit.author.name`, `commits.*.committer.email`.
        if (leaf == "name" || leaf == "email"), parent == "author" || parent == "committer" { return true }
        // The fork's default branch name.
        if leaf == "default_branch", segments.contains("head") || segments.contains("head_repository") { return true }
        return false
    }

    /// The input name when the path reads a workflow input (`inputs.x`, `github.event.inputs.x`).
    static func inputName(_ path: String) -> String? {
        for prefix in ["inputs.", "github.event.inputs."] where path.hasPrefix(prefix) {
            let name = path.dropFirst(prefix.count).split(separator: ".").first.map(String.init)
            return name == "*" ? nil : name
        }
        return nil
    }

    /// True when the path names the pull request's head (code from the fork) rather than the base.
    static func isPullRequestHead(_ path: String) -> Bool {
        if path == "github.head_ref" { return true }
        let heads = [
            "github.event.pull_request.head.", "github.event.workflow_run.head_", "github.event.workflow_run.pull_requests.",
            "github.event.workflow_run.head_repository.",
        ]
        if heads.contains(where: { path.hasPrefix($0) }) { return true }
        return path == "github.event.pull_request.merge_commit_sha" || path == "github.event.pull_request.number"
            || path == "github.event.number"
    }
}
