import DeploySyntax

/// GHA005: `permissions: write-all` gives the token write access to every scope.
public struct WriteAllPermissions: WorkflowRule {
    public let id = "GHA005"
    public init() {}

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        func check(_ permissions: WorkflowPermissions?, _ where: String) {
            guard let permissions, case .writeAll = permissions.value else { return }
            out.append(Violation(
                range: permissions.valueRange,
                message: "\(`where`) grants `write-all`: any step (or compromised action) can push code, publish packages and change issues and releases with this token; list only the scopes it needs, e.g. `permissions: { contents: read }`"))
        }
        check(workflow.permissions, "the workflow")
        for job in workflow.jobs { check(job.permissions, "job '\(job.id)'") }
        return out
    }
}
