/// The application framework a deployment runs; it picks the runtime, the app server and the background worker.
public enum Framework: String, SpecEnumeration {
    /// Python 3.13 GraphQL server on FastAPI/Uvicorn with Rust extensions built by maturin.
    case fraiseql
    /// Python 3.12, Gunicorn, Celery with Redis.
    case django
    /// Ruby 3.3, Puma, Sidekiq with Redis.
    case rails
    /// Node.js 24 with pnpm.
    case node

    public static let noun = "framework"
    public static let aliases: [String: Framework] = ["nodejs": .node]
}

/// The language runtime an application runs on.
public enum Runtime: String, SpecEnumeration {
    case python
    case ruby
    case node

    public static let noun = "runtime"
    public static let aliases: [String: Runtime] = ["nodejs": .node]

    /// How people write the runtime's name in prose.
    public var displayName: String {
        switch self {
        case .python: "Python"
        case .ruby: "Ruby"
        case .node: "Node.js"
        }
    }
}
