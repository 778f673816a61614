import DeploymentSpec

/// The fixed non-root user every image runs as (numeric, above 10000, same in every file).
public enum ContainerUser {
    public static let uid = 10001
    public static let gid = 10001
    public static var spec: String { "\(uid):\(gid)" }
}

/// A variable in a Compose `environment:` block; `value` may hold `${…}` interpolation.
struct ComposeVariable: Sendable, Hashable {
    var name: String
    var value: String
}

/// A variable users must set in `.env` (it is interpolated by the Compose files).
struct EnvFileVariable: Sendable, Hashable {
    var name: String
    /// The value written in `.env.example`.
    var example: String
    var comment: String
    var isSecret: Bool
}

/// What differs between frameworks: images, commands, paths, variables. Renderers ask a profile; they never
/// switch on the framework themselves.
protocol FrameworkProfile: Sendable {
    var plan: StackPlan { get }
    /// Human name for documents (`FraiseQL`, `Django`…).
    var displayName: String { get }
    /// The folder of the application inside the image.
    var appDirectory: String { get }
    func dockerfile() -> DockerfileDocument
    func hardenedDockerfile() -> DockerfileDocument
    /// `.dockerignore` patterns beyond the common ones.
    var dockerignore: [String] { get }
    /// The production server command (also the image's CMD).
    var serveCommand: [String] { get }
    /// The development server with reload.
    var devCommand: [String] { get }
    /// A one-off command run before the app starts (schema migrations); nil when the framework has no standard one.
    var migrateCommand: [String]? { get }
    /// The test runner's shell line: migrate, then run the suite, exiting with its status.
    var testScript: String { get }
    /// The worker command, when the plan has a worker.
    var workerCommand: [String]? { get }
    /// Exec-form health probe of the worker, when it has a cheap one.
    var workerHealthcheck: [String]? { get }
    /// Exec-form HTTP probe of the app using only the runtime stage's own interpreter.
    var healthcheckCommand: [String] { get }
    /// Framework variables of the app and worker in production.
    var environment: [ComposeVariable] { get }
    /// Framework variables in development.
    var devEnvironment: [ComposeVariable] { get }
    /// Framework variables for the test runner.
    var testEnvironment: [ComposeVariable] { get }
    /// Framework secrets and settings users put in `.env`.
    var envFileVariables: [EnvFileVariable] { get }
    /// Writable paths the app needs when the root filesystem is read-only (mounted as tmpfs).
    var writablePaths: [String] { get }
    /// Folders preserved from the image when the sources are bind-mounted in development (dependencies).
    var preservedDevPaths: [String] { get }
    /// What the quick start needs in the repository (lockfiles, entry points).
    var projectExpectations: [String] { get }
    /// URL paths that must not be reachable from the internet in production (debug UIs).
    var privatePaths: [String] { get }
}

extension FrameworkProfile {
    var port: Int { plan.appPort }
    var localHealthURL: String { "http://127.0.0.1:\(plan.appPort)\(plan.healthPath)" }
    var healthTimeout: Int { max(1, plan.healthTimeoutSeconds) }

    /// `python -c` probe: urllib is in every CPython, so the slim and distroless images both have it.
    func pythonProbe(_ python: String) -> [String] {
        [python, "-c",
         "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('\(localHealthURL)', timeout=\(healthTimeout)).status < 400 else 1)"]
    }
}

enum FrameworkProfiles {
    static func profile(for plan: StackPlan) -> any FrameworkProfile {
        switch plan.framework {
        case .fraiseql: FraiseQLProfile(plan: plan)
        case .django: DjangoProfile(plan: plan)
        case .rails: RailsProfile(plan: plan)
        case .node: NodeProfile(plan: plan)
        }
    }
}

/// Image references used across the generated files, in one place so an upgrade is one edit.
enum Images {
    static let uv = "ghcr.io/astral-sh/uv:0.9"
    static let rust = "rust:1-trixie"
    static func python(_ version: String) -> String { "python:\(version)-slim-trixie" }
    static func pythonBuild(_ version: String) -> String { "python:\(version)-trixie" }
    static func ruby(_ version: String) -> String { "ruby:\(version)-slim-trixie" }
    static func rubyBuild(_ version: String) -> String { "ruby:\(version)-trixie" }
    static func node(_ version: String) -> String { "node:\(version)-trixie-slim" }
    static func distrolessNode(_ version: String) -> String { "gcr.io/distroless/nodejs\(version)-debian13:nonroot" }
    static let distrolessCC = "gcr.io/distroless/cc-debian13:nonroot"
    static func postgres(_ version: String) -> String { "postgres:\(version)-alpine" }
    static let valkey = "valkey/valkey:8.1-alpine"
    static let caddy = "caddy:2.10-alpine"
    static let prometheus = "prom/prometheus:v3.5.0"
}
