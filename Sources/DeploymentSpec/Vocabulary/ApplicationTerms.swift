/// The process that serves HTTP requests.
public enum AppServer: String, Sendable, Hashable, CaseIterable {
    case uvicorn
    case gunicorn
    case puma
    case node
}

/// The process that runs background jobs, when the framework has one.
public enum BackgroundWorker: String, Sendable, Hashable, CaseIterable {
    case celery
    case sidekiq

    public var displayName: String {
        switch self {
        case .celery: "Celery"
        case .sidekiq: "Sidekiq"
        }
    }
}

/// The tool that installs the application's dependencies.
public enum PackageManager: String, Sendable, Hashable, CaseIterable {
    case uv
    case bundler
    case pnpm
}
