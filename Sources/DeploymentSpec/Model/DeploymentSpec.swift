import DeploySyntax

/// `deployment.yaml` as the user wrote it: every section and field optional, every value with its source range.
///
/// Sections may be written at the top level or, in the compact form of the design documents, inside
/// `deployment:`; the decoder gathers both into this one model. `DeploymentResolver` fills in the defaults.
public struct DeploymentSpec: Hashable, Sendable {
    public var deployment: DeploymentSection
    public var platform: PlatformSection?
    public var database: DatabaseSection?
    public var application: ApplicationSection?
    public var networking: NetworkingSection?
    public var storage: StorageSection?
    public var cache: CacheSection?
    public var monitoring: MonitoringSection?
    public var security: SecuritySection?
    public var cicd: CICDSection?
    public var kubernetes: KubernetesSection?
    public var environments: EnvironmentsSection?

    public init(deployment: DeploymentSection) {
        self.deployment = deployment
    }
}

/// `deployment:`: what the application is called, which framework it uses and which pattern deploys it.
public struct DeploymentSection: Hashable, Sendable {
    public var name: Located<String>?
    public var framework: Located<Framework>?
    public var pattern: Located<DeploymentPattern>?
    /// The application's own version (free text, e.g. `1.0.0`).
    public var version: Located<String>?
    /// Where `deployment:` stands (its key), for messages about a missing field.
    public var range: SourceRange
    /// A framework was written but is not one we know (already reported): rules that depend on the framework
    /// stay silent rather than judge against the default one.
    var frameworkIsUnknown = false

    public init(range: SourceRange) {
        self.range = range
    }
}
