import DeploySyntax

/// A `deployment.yaml` with every default filled in: what the generator reads.
///
/// Every field is concrete; optional sections (`cache`, `networking`, `kubernetes`) are nil exactly when the
/// pattern has no such thing, so a generator can write `if let cache = deployment.cache`. `sources` says
/// which values the user wrote (and where), so a generator can point back at the spec.
public struct ResolvedDeployment: Hashable, Sendable {
    public var name: String
    /// The application's own version.
    public var version: String
    public var framework: Framework
    public var pattern: DeploymentPattern
    public var platform: ResolvedPlatform
    public var runtime: ResolvedRuntime
    public var application: ResolvedApplication
    public var database: ResolvedDatabase
    /// Nil when no cache runs.
    public var cache: ResolvedCache?
    public var storage: ResolvedStorage
    /// The VPC and load balancer; nil unless the pattern builds AWS networking.
    public var networking: ResolvedNetworking?
    public var monitoring: ResolvedMonitoring
    public var security: ResolvedSecurity
    public var cicd: ResolvedCICD
    /// Nil unless the pattern is kubernetes.
    public var kubernetes: ResolvedKubernetes?
    /// Variables and secrets per environment, in the order written.
    public var environments: [ResolvedEnvironment]
    public var sources: SpecSourceMap

    public init(name: String, version: String, framework: Framework, pattern: DeploymentPattern, platform: ResolvedPlatform, runtime: ResolvedRuntime, application: ResolvedApplication, database: ResolvedDatabase, cache: ResolvedCache?, storage: ResolvedStorage, networking: ResolvedNetworking?, monitoring: ResolvedMonitoring, security: ResolvedSecurity, cicd: ResolvedCICD, kubernetes: ResolvedKubernetes?, environments: [ResolvedEnvironment], sources: SpecSourceMap) {
        self.name = name
        self.version = version
        self.framework = framework
        self.pattern = pattern
        self.platform = platform
        self.runtime = runtime
        self.application = application
        self.database = database
        self.cache = cache
        self.storage = storage
        self.networking = networking
        self.monitoring = monitoring
        self.security = security
        self.cicd = cicd
        self.kubernetes = kubernetes
        self.environments = environments
        self.sources = sources
    }
}

/// Provider, region(s), zones and domain, plus where things run and what fronts them.
public struct ResolvedPlatform: Hashable, Sendable {
    public var provider: CloudProvider
    /// Nil for bare-metal.
    public var region: String?
    /// Disaster-recovery regions after the primary.
    public var secondaryRegions: [String]
    public var availabilityZones: Int
    /// Explicit zone names when given.
    public var availabilityZoneNames: [String]
    /// Nil when no domain was given: the generator writes a placeholder.
    public var domain: String?
    public var hosting: Hosting
    public var reverseProxy: ReverseProxy

    public init(provider: CloudProvider, region: String?, secondaryRegions: [String], availabilityZones: Int, availabilityZoneNames: [String], domain: String?, hosting: Hosting, reverseProxy: ReverseProxy) {
        self.provider = provider
        self.region = region
        self.secondaryRegions = secondaryRegions
        self.availabilityZones = availabilityZones
        self.availabilityZoneNames = availabilityZoneNames
        self.domain = domain
        self.hosting = hosting
        self.reverseProxy = reverseProxy
    }
}

/// The language runtime and the processes that run the application.
public struct ResolvedRuntime: Hashable, Sendable {
    public var language: Runtime
    public var version: String
    /// `python:3.13-slim`.
    public var baseImage: String
    public var packageManager: PackageManager
    public var appServer: AppServer
    /// Celery or Sidekiq; nil when the framework has no background worker.
    public var worker: BackgroundWorker?
    /// Rust extensions built with maturin during the image build (FraiseQL).
    public var rustExtensions: Bool

    public init(language: Runtime, version: String, baseImage: String, packageManager: PackageManager, appServer: AppServer, worker: BackgroundWorker?, rustExtensions: Bool) {
        self.language = language
        self.version = version
        self.baseImage = baseImage
        self.packageManager = packageManager
        self.appServer = appServer
        self.worker = worker
        self.rustExtensions = rustExtensions
    }
}
