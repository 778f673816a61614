import DeploySyntax

/// GHA013: a well-known action at a major version that runs on the node20 runtime. GitHub forced JavaScript
/// actions onto node24 in June 2026 and removed node20 from hosted runners in September 2026 (changelog
/// 2025-09-19, "Deprecation of Node 20 on GitHub Actions runners"); the old majors were never built for it.
public struct Node20Action: WorkflowRule {
    public let id = "GHA013"
    public init() {}

    /// The first major version declaring `runs.using: node24`, checked in the actions' release notes (2026).
    static let firstNode24Major: [String: Int] = [
        "actions/checkout": 5,
        "actions/setup-node": 5,
        "actions/setup-python": 6,
        "actions/setup-go": 6,
        "actions/setup-java": 5,
        "actions/setup-dotnet": 5,
        "actions/cache": 5,
        "actions/upload-artifact": 6,
        "actions/download-artifact": 7,
        "actions/github-script": 8,
        "docker/build-push-action": 7,
    ]

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        for job in workflow.jobs {
            for step in job.steps {
                guard let uses = step.uses, let slug = uses.slug, let needed = Self.firstNode24Major[slug],
                      let major = uses.majorVersion, major < needed else { continue }
                out.append(Violation(
                    range: uses.refRange ?? uses.range,
                    message: "\(slug) v\(major) runs on the node20 runtime, which GitHub removed from its hosted runners in September 2026 (actions are forced onto node24, which this version was not built for); use \(slug)@v\(needed) or later"))
            }
        }
        return out
    }
}
