/// The framework-defaults table.
public enum FrameworkDefaults {
    /// What a framework brings by default: runtime and version, package manager, app server, worker, port, health path.
    public struct Profile: Hashable, Sendable {
        public var framework: Framework
        public var runtime: Runtime
        public var runtimeVersion: String
        /// The oldest runtime version the framework runs on; older is an error.
        public var minimumRuntimeVersion: String
        public var packageManager: PackageManager
        public var appServer: AppServer
        public var worker: BackgroundWorker?
        /// Native extensions built at image build time (FraiseQL's Rust core, via maturin).
        public var rustExtensions: Bool
        public var port: Int
        public var healthCheckPath: String

        /// The worker needs Redis (or Valkey) as its broker.
        public var needsRedis: Bool { worker != nil }

        /// The official image for a runtime version: Debian slim variants (glibc, so Python and Rust wheels install).
        public func baseImage(version: String) -> String {
            switch runtime {
            case .python: "python:\(version)-slim"
            case .ruby: "ruby:\(version)-slim"
            case .node: "node:\(version)-slim"
            }
        }
    }

    public static func profile(for framework: Framework) -> Profile {
        switch framework {
        case .fraiseql:
            Profile(framework: .fraiseql, runtime: .python, runtimeVersion: "3.13", minimumRuntimeVersion: "3.13",
                             packageManager: .uv, appServer: .uvicorn, worker: nil, rustExtensions: true,
                             port: 8000, healthCheckPath: "/health")
        case .django:
            Profile(framework: .django, runtime: .python, runtimeVersion: "3.12", minimumRuntimeVersion: "3.10",
                             packageManager: .uv, appServer: .gunicorn, worker: .celery, rustExtensions: false,
                             port: 8000, healthCheckPath: "/health/")
        case .rails:
            // Ruby 3.2 reached end of life on 2026-03-31; 3.3 is supported until 2027-03.
            Profile(framework: .rails, runtime: .ruby, runtimeVersion: "3.3", minimumRuntimeVersion: "3.2",
                             packageManager: .bundler, appServer: .puma, worker: .sidekiq, rustExtensions: false,
                             port: 3000, healthCheckPath: "/up")
        case .node:
            // Node.js 20 reached end of life on 2026-04-30; 24 is the active LTS.
            Profile(framework: .node, runtime: .node, runtimeVersion: "24", minimumRuntimeVersion: "18",
                             packageManager: .pnpm, appServer: .node, worker: nil, rustExtensions: false,
                             port: 3000, healthCheckPath: "/health")
        }
    }

    /// The framework used when `deployment.framework` is absent.
    public static let defaultFramework: Framework = .fraiseql
}
