/// FraiseQL: a GraphQL API on FastAPI/Uvicorn whose Rust extension is built by maturin (through uv) in the
/// builder stage; schema managed with confiture (FraiseQL's DDL-first migration tool).
struct FraiseQLProfile: PythonAppProfile {
    let plan: StackPlan
    var displayName: String { "FraiseQL" }
    /// The ASGI application: `app = create_fraiseql_app(...)` in `app/main.py`.
    var asgiApp: String { "app.main:app" }

    private var workers: Int { max(1, min(8, plan.cpuMillicores * 2 / 1000)) }

    var needsRust: Bool { true }
    var postInstall: [String] { [] }
    var frameworkEnv: [DockerKeyValue] { [] }

    var header: [String] {
        GeneratedHeader.lines + [
            "FraiseQL on Python \(plan.runtimeVersion): maturin compiles the Rust extension in the builder stage only;",
            "the runtime stage ships the virtual environment and serves the app with Uvicorn on port \(port).",
        ]
    }

    var frameworkDockerignore: [String] { ["target/", "*.so"] }

    var serveCommand: [String] {
        ["uvicorn", asgiApp, "--host", "0.0.0.0", "--port", String(port), "--workers", String(workers),
         "--proxy-headers", "--forwarded-allow-ips", "*"]
    }

    var devCommand: [String] {
        ["uvicorn", asgiApp, "--reload", "--host", "0.0.0.0", "--port", String(port)]
    }

    var migrateCommand: [String]? { ["confiture", "migrate", "up", "--env", "production"] }

    var testScript: String {
        "if command -v confiture >/dev/null 2>&1; then confiture build --env test; fi && exec pytest"
    }

    var workerCommand: [String]? { nil }
    var workerHealthcheck: [String]? { nil }

    var environment: [ComposeVariable] {
        [
            ComposeVariable(name: "FRAISEQL_ENVIRONMENT", value: "production"),
            ComposeVariable(name: "FRAISEQL_ENABLE_PLAYGROUND", value: "false"),
            ComposeVariable(name: "FRAISEQL_ENABLE_INTROSPECTION", value: "false"),
        ]
    }

    var devEnvironment: [ComposeVariable] {
        [
            ComposeVariable(name: "FRAISEQL_ENVIRONMENT", value: "development"),
            ComposeVariable(name: "FRAISEQL_ENABLE_PLAYGROUND", value: "true"),
            ComposeVariable(name: "FRAISEQL_ENABLE_INTROSPECTION", value: "true"),
            ComposeVariable(name: "LOG_LEVEL", value: "debug"),
        ]
    }

    var testEnvironment: [ComposeVariable] {
        [ComposeVariable(name: "FRAISEQL_ENVIRONMENT", value: "testing")]
    }

    var envFileVariables: [EnvFileVariable] { [] }

    var projectExpectations: [String] {
        [
            "`pyproject.toml` with maturin as build backend (or a maturin-built member) and a committed `uv.lock`",
            "the ASGI app at `\(asgiApp)` (`app = create_fraiseql_app(...)`)",
            "a `\(plan.healthPath)` route answering 200 when the app can serve",
            "`confiture.yaml` with `production` and `test` environments for schema builds and migrations",
        ]
    }

    var privatePaths: [String] { ["/playground", "/graphiql", "/metrics"] }
}
