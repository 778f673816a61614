import DeploySyntax

/// `cicd:`: provider, triggers, deployment environments with approvals, migrations.
public struct CICDSection: Hashable, Sendable {
    public var provider: Located<CICDProvider>?
    public var triggers: [TriggerSpec]?
    public var environments: [DeployEnvironmentSpec]?
    public var migrations: MigrationSettings?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}

/// One item of `cicd.triggers:`, e.g. `- push: {branch: main, action: deploy}`.
public struct TriggerSpec: Hashable, Sendable {
    public var event: Located<TriggerEvent>
    /// `branch:` or `branches:`; for `tag`, `pattern:`.
    public var branches: [Located<String>]
    public var action: Located<PipelineAction>?
    public var range: SourceRange

    public init(event: Located<TriggerEvent>, branches: [Located<String>] = [], action: Located<PipelineAction>? = nil, range: SourceRange) {
        self.event = event
        self.branches = branches
        self.action = action
        self.range = range
    }
}

/// One item of `cicd.environments:`: a deployment target and its protection.
public struct DeployEnvironmentSpec: Hashable, Sendable {
    public var name: Located<String>?
    public var autoDeploy: Located<Bool>?
    public var approvalRequired: Located<Bool>?
    /// GitHub users or teams allowed to approve (`octocat`, `org/team`).
    public var reviewers: [Located<String>]?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}

/// `cicd.migrations:`.
public struct MigrationSettings: Hashable, Sendable {
    public var autoRun: Located<Bool>?
    public var rollbackOnFailure: Located<Bool>?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}
