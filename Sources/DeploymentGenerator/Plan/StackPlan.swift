import DeploymentSpec

/// Everything the container renderers need, in the generator's own terms: derived once from the resolved spec
/// (`StackPlan(resolved:layout:)`) so renderers never re-interpret `deployment.yaml`.
public struct StackPlan: Sendable, Hashable {
    /// A name safe in image tags, Compose project names, hostnames and database names: `[a-z0-9-]`, starting
    /// with a letter.
    public var name: String
    public var framework: Framework
    public var pattern: DeploymentPattern
    /// The public host name Caddy serves (automatic HTTPS).
    public var domain: String
    public var appPort: Int
    public var instances: Int
    public var memoryMiB: Int
    public var cpuMillicores: Int
    public var healthPath: String
    public var healthIntervalSeconds: Int
    public var healthTimeoutSeconds: Int
    /// PostgreSQL major version (`16`).
    public var postgresVersion: String
    /// Language runtime version (`3.13`, `3.12`, `3.3`, `24`).
    public var runtimeVersion: String
    /// Redis-compatible cache/broker (Valkey) in the stack.
    public var usesRedis: Bool
    /// The background worker service, when the framework runs one.
    public var worker: BackgroundWorker?
    /// A Prometheus service scraping the app.
    public var prometheus: Bool
    /// Extra application variables from the spec's environments (values for production; secrets empty).
    public var variables: [AppVariable]
    public var layout: OutputLayout

    public init(
        name: String, framework: Framework, pattern: DeploymentPattern, domain: String, appPort: Int,
        instances: Int, memoryMiB: Int, cpuMillicores: Int, healthPath: String, healthIntervalSeconds: Int,
        healthTimeoutSeconds: Int, postgresVersion: String, runtimeVersion: String, usesRedis: Bool,
        worker: BackgroundWorker?, prometheus: Bool, variables: [AppVariable], layout: OutputLayout
    ) {
        self.name = name
        self.framework = framework
        self.pattern = pattern
        self.domain = domain
        self.appPort = appPort
        self.instances = instances
        self.memoryMiB = memoryMiB
        self.cpuMillicores = cpuMillicores
        self.healthPath = healthPath
        self.healthIntervalSeconds = healthIntervalSeconds
        self.healthTimeoutSeconds = healthTimeoutSeconds
        self.postgresVersion = postgresVersion
        self.runtimeVersion = runtimeVersion
        self.usesRedis = usesRedis
        self.worker = worker
        self.prometheus = prometheus
        self.variables = variables
        self.layout = layout
    }

    /// The database and role name derived from the project name (`shop-api` → `shop_api`).
    public var databaseName: String { name.replacingAll("-", with: "_") }

    /// True in patterns that run in production on public infrastructure (no debug surfaces at all).
    public var isProductionPattern: Bool { pattern == .productionSaaS }
}

/// An application variable the spec declares for its environments.
public struct AppVariable: Sendable, Hashable {
    public var name: String
    /// The production value; empty for secrets.
    public var value: String
    public var isSecret: Bool
    /// Which environments declare it, for the comment in `.env.example`.
    public var environments: [String]

    public init(name: String, value: String, isSecret: Bool, environments: [String]) {
        self.name = name
        self.value = value
        self.isSecret = isSecret
        self.environments = environments
    }
}

/// Where the generated files sit relative to the application sources (the Docker build context).
public struct OutputLayout: Sendable, Hashable {
    /// The build context as seen from the output directory, e.g. `..`.
    public var contextFromOutput: String
    /// The output directory as seen from the build context, e.g. `generated`.
    public var outputFromContext: String

    public init(contextFromOutput: String = "..", outputFromContext: String = "generated") {
        self.contextFromOutput = contextFromOutput
        self.outputFromContext = outputFromContext
    }

    /// The path of a generated file relative to the build context (for `build.dockerfile`).
    public func fromContext(_ file: String) -> String {
        outputFromContext == "." || outputFromContext.isEmpty ? file : outputFromContext + "/" + file
    }
}
