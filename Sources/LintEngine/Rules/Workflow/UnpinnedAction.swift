import DeploySyntax

/// GHA001: an action or reusable workflow referenced by a tag or branch instead of a full commit SHA.
/// Tags move: whoever controls the action's repository controls what runs with this workflow's token.
/// First-party actions (`actions/*`, `github/*`) are reported at `note`.
public struct UnpinnedAction: WorkflowRule {
    public let id = "GHA001"
    public init() {}

    static let firstPartyOwners: Set<String> = ["actions", "github"]

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        for job in workflow.jobs {
            if let uses = job.uses { check(uses, what: "reusable workflow", into: &out) }
            for step in job.steps {
                if let uses = step.uses { check(uses, what: "action", into: &out) }
            }
        }
        return out
    }

    private func check(_ uses: WorkflowActionReference, what: String, into out: inout [Violation]) {
        switch uses.kind {
        case .local:
            return
        case .docker(let image):
            guard !image.contains("@sha256:") else { return }
            out.append(Violation(
                range: uses.range,
                message: "container action '\(uses.text)' is not pinned by digest: the tag can be re-pushed; use 'docker://\(image.split(separator: "@").first ?? "")@sha256:<digest>'",
                severity: .note))
        case .repository:
            guard let ref = uses.ref, !ref.isEmpty, !uses.isPinnedToCommit, !ref.contains("${{") else { return }
            let owner = uses.owner ?? ""
            let isHex = ref.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
            let range = uses.refRange ?? uses.range
            let name = uses.text.split(separator: "@").first.map(String.init) ?? uses.text
            if isHex && ref.utf8.count >= 7 {
                out.append(Violation(
                    range: range,
                    message: "\(what) '\(uses.text)' is pinned to an abbreviated SHA: a short SHA can collide with a commit pushed to a fork of the repository; use the full 40-character commit SHA"))
            } else if Self.firstPartyOwners.contains(owner) {
                out.append(Violation(
                    range: range,
                    message: "first-party \(what) '\(uses.text)' is pinned to the mutable ref '\(ref)': pin it to a full commit SHA and keep the version in a comment ('\(name)@<sha> # \(ref)')",
                    severity: .note))
            } else {
                out.append(Violation(
                    range: range,
                    message: "third-party \(what) '\(uses.text)' is pinned to the mutable ref '\(ref)': whoever can move that tag or branch decides what runs with this job's token and secrets; pin it to a full commit SHA and keep the version in a comment ('\(name)@<sha> # \(ref)')"))
            }
        }
    }
}
