/// The CI/CD system the pipelines are generated for.
public enum CICDProvider: String, SpecEnumeration {
    case githubActions = "github-actions"
    /// No pipeline is generated.
    case none

    public static let noun = "CI/CD provider"
}

/// What starts a pipeline.
public enum TriggerEvent: String, SpecEnumeration {
    case push
    case pullRequest = "pull_request"
    case tag

    public static let noun = "trigger event"
}

/// What a pipeline does when it starts.
public enum PipelineAction: String, SpecEnumeration {
    case test
    case build
    case deploy

    public static let noun = "pipeline action"
}
