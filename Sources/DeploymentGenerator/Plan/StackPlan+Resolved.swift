import DeploymentSpec

extension StackPlan {
    /// Names the container stack defines itself; a spec variable of the same name (e.g. `DATABASE_URL` listed as a
    /// secret for the AWS patterns) is not repeated in the Compose files.
    static let stackVariableNames: Set<String> = [
        "DATABASE_URL", "REDIS_URL", "PORT", "DOMAIN", "POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB",
        "DJANGO_SETTINGS_MODULE", "DJANGO_DEBUG", "DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DJANGO_CSRF_TRUSTED_ORIGINS",
        "RAILS_ENV", "SECRET_KEY_BASE", "RAILS_MAX_THREADS", "WEB_CONCURRENCY", "NODE_ENV",
        "FRAISEQL_ENVIRONMENT", "FRAISEQL_ENABLE_PLAYGROUND", "FRAISEQL_ENABLE_INTROSPECTION",
    ]

    /// The plan for a resolved spec. `layout` says where the output directory sits relative to the sources.
    public init(resolved: ResolvedDeployment, layout: OutputLayout = OutputLayout()) {
        let slug = Self.slug(resolved.name)
        let domain = resolved.platform.domain.flatMap { Self.isHostName($0) ? $0.lowercased() : nil } ?? "\(slug).example.com"
        self.init(
            name: slug,
            framework: resolved.framework,
            pattern: resolved.pattern,
            domain: domain,
            appPort: resolved.application.port,
            instances: max(1, resolved.application.instances),
            memoryMiB: max(64, resolved.application.memory.mebibytes),
            cpuMillicores: max(100, resolved.application.cpu.millicores),
            healthPath: Self.urlPath(resolved.application.healthCheck.path),
            healthIntervalSeconds: max(1, resolved.application.healthCheck.intervalSeconds),
            healthTimeoutSeconds: max(1, resolved.application.healthCheck.timeoutSeconds),
            postgresVersion: String(resolved.database.majorVersion),
            runtimeVersion: Self.imageTagFragment(resolved.runtime.version),
            usesRedis: resolved.cache != nil || resolved.runtime.worker != nil,
            worker: resolved.runtime.worker,
            prometheus: resolved.monitoring.prometheus && resolved.monitoring.level != .none,
            variables: Self.variables(resolved.environments),
            layout: layout
        )
    }

    /// Lower-case `[a-z0-9-]`, starting with a letter: `My Shop_API` → `my-shop-api`.
    static func slug(_ name: String) -> String {
        var out = ""
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty && !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty { return "app" }
        if let first = out.unicodeScalars.first, !("a"..."z").contains(first) { out = "app-" + out }
        return String(out.prefix(50))
    }

    static func isHostName(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 253, !text.hasPrefix("."), !text.hasSuffix("."), !text.hasPrefix("-") else { return false }
        return text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-"
        }
    }

    /// A path that is safe as a Caddy matcher and inside a probe URL: `/` plus `[A-Za-z0-9/_.-]`.
    static func urlPath(_ path: String) -> String {
        let safe = path.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "/_.-".unicodeScalars.contains($0)
        }
        guard safe, path.hasPrefix("/") else { return "/health" }
        return path
    }

    /// A version usable inside an image tag (`3.13`, `24`); anything else falls back to the text's digits and dots.
    static func imageTagFragment(_ version: String) -> String {
        let kept = String(version.unicodeScalars.filter { ("0"..."9").contains($0) || $0 == "." }.map(Character.init))
        return kept.isEmpty ? version : kept
    }

    /// Variables across environments, in the order first written; production's value wins (then the last
    /// environment's); a name listed as a secret anywhere is a secret.
    static func variables(_ environments: [ResolvedEnvironment]) -> [AppVariable] {
        let production = environments.first { ["production", "prod"].contains($0.name.lowercased()) }
        var order: [String] = []
        var listed = Set<String>()
        var values: [String: String] = [:]
        var secrets = Set<String>()
        var declaredIn: [String: [String]] = [:]
        func note(_ name: String, in environment: String) {
            if listed.insert(name).inserted { order.append(name) }
            declaredIn[name, default: []].append(environment)
        }
        for environment in environments {
            for variable in environment.variables {
                note(variable.name, in: environment.name)
                // Production's value wins; for names production does not set, the last environment's does.
                let productionSetsIt = production?.variables.contains { $0.name == variable.name } ?? false
                if environment == production || !productionSetsIt { values[variable.name] = variable.value }
            }
            for secret in environment.secrets {
                note(secret, in: environment.name)
                secrets.insert(secret)
            }
        }
        return order.compactMap { name in
            guard DotenvWriter.isValidName(name), !stackVariableNames.contains(name) else { return nil }
            let isSecret = secrets.contains(name)
            var seen = Set<String>()
            let environments = (declaredIn[name] ?? []).filter { seen.insert($0).inserted }
            return AppVariable(name: name, value: isSecret ? "" : values[name] ?? "", isSecret: isSecret, environments: environments)
        }
    }
}
