import DeploySyntax

/// `docker-compose.yml` (production-like), `docker-compose.dev.yml` (override), `docker-compose.test.yml`
/// (standalone test stack) and, with monitoring, `prometheus/prometheus.yml`.
struct ComposeRenderer {
    let plan: StackPlan
    let profile: any FrameworkProfile

    init(profile: any FrameworkProfile) {
        self.plan = profile.plan
        self.profile = profile
    }

    static let composeFile = "docker-compose.yml"
    static let devFile = "docker-compose.dev.yml"
    static let testFile = "docker-compose.test.yml"
    static let prometheusFile = "prometheus/prometheus.yml"

    var appImage: String { "\(plan.name)-app:local" }
    var devImage: String { "\(plan.name)-app:dev" }
    var dbUser: String { "${POSTGRES_USER:-\(plan.databaseName)}" }
    var dbName: String { "${POSTGRES_DB:-\(plan.databaseName)}" }
    var databaseURL: String {
        "postgresql://\(dbUser):${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}@postgres:5432/\(dbName)"
    }
    var redisURL: String { "redis://redis:6379/0" }
    var hasMigrate: Bool { profile.migrateCommand != nil }
    var hasWorker: Bool { profile.workerCommand != nil }

    private var yaml: YAMLEmitter { YAMLEmitter() }

    func files() -> [GeneratedFile] {
        var files = [
            GeneratedFile(path: Self.composeFile, contents: yaml.emit(production()), category: .compose),
            GeneratedFile(path: Self.devFile, contents: yaml.emit(development()), category: .compose),
            GeneratedFile(path: Self.testFile, contents: yaml.emit(test()), category: .compose),
        ]
        if plan.prometheus {
            files.append(GeneratedFile(path: Self.prometheusFile, contents: yaml.emit(prometheusConfig()), category: .compose))
        }
        return files
    }

    // MARK: - Shared pieces

    static var logging: YAMLValue {
        .mapping([
            .init("driver", "json-file"),
            .init("options", .mapping([.init("max-size", "10m"), .init("max-file", "3")])),
        ])
    }

    static func healthcheck(_ test: [String], interval: Int = 30, timeout: Int = 5, retries: Int = 3, startPeriod: Int = 20) -> YAMLValue {
        .mapping([
            .init("test", .flowList(test)),
            .init("interval", .string("\(interval)s")),
            .init("timeout", .string("\(timeout)s")),
            .init("retries", .int(retries)),
            .init("start_period", .string("\(startPeriod)s")),
        ])
    }

    static func environment(_ variables: [ComposeVariable]) -> YAMLValue {
        .mapping(variables.map { .init($0.name, .string($0.value)) })
    }

    static func dependsOn(_ entries: [(String, String)]) -> YAMLValue {
        .mapping(entries.map { .init($0.0, .mapping([.init("condition", .string($0.1))])) })
    }

    static func limits(cpus: String, memory: String) -> YAMLValue {
        .mapping([.init("resources", .mapping([.init("limits", .mapping([
            .init("cpus", .string(cpus)), .init("memory", .string(memory)),
        ]))]))])
    }

    static var hardening: [YAMLValue.Entry] {
        [.init("security_opt", .list(["no-new-privileges:true"]))]
    }

    var build: YAMLValue {
        .mapping([
            .init("context", .string(plan.layout.contextFromOutput)),
            .init("dockerfile", .string(plan.layout.fromContext(DockerRenderer.dockerfile))),
        ])
    }

    var appCPUs: String { Self.cpus(plan.cpuMillicores) }
    var appMemory: String { "\(plan.memoryMiB)M" }

    static func cpus(_ millicores: Int) -> String {
        let whole = millicores / 1000, fraction = millicores % 1000
        if fraction == 0 { return "\(whole).0" }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }

    /// Variables of the app, worker and migrate services.
    var appEnvironment: [ComposeVariable] {
        var variables = [ComposeVariable(name: "DATABASE_URL", value: databaseURL)]
        if plan.usesRedis { variables.append(ComposeVariable(name: "REDIS_URL", value: redisURL)) }
        variables.append(ComposeVariable(name: "PORT", value: String(plan.appPort)))
        variables += profile.environment
        variables += specVariables
        return variables
    }

    /// The spec's own variables: secrets must come from `.env`; other values default to what the spec says.
    var specVariables: [ComposeVariable] {
        plan.variables.map { variable in
            if variable.isSecret {
                return ComposeVariable(name: variable.name, value: "${\(variable.name):?set \(variable.name) in .env}")
            }
            if Self.isInterpolationSafeDefault(variable.value) {
                return ComposeVariable(name: variable.name, value: "${\(variable.name):-\(variable.value)}")
            }
            // Compose reads `$` as interpolation: a literal dollar is written `$$`.
            return ComposeVariable(name: variable.name, value: variable.value.replacingAll("$", with: "$$"))
        }
    }

    static func isInterpolationSafeDefault(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", ".", ",", ":", "/", "@", "+", "-", "=", "%", " ": return true
            default: return false
            }
        }
    }

    private var postgresDataPath: String {
        (Int(plan.postgresVersion) ?? 16) >= 18 ? "/var/lib/postgresql" : "/var/lib/postgresql/data"
    }

    // MARK: - docker-compose.yml

    func production() -> YAMLFile {
        var services: [YAMLValue.Entry] = [caddyService(), appService()]
        if hasMigrate { services.append(migrateService()) }
        if hasWorker { services.append(workerService()) }
        services.append(postgresService())
        if plan.usesRedis { services.append(redisService()) }
        if plan.prometheus { services.append(prometheusService()) }

        var volumes: [YAMLValue.Entry] = [
            .init("caddy-data", .mapping([])), .init("caddy-config", .mapping([])), .init("postgres-data", .mapping([])),
        ]
        if plan.usesRedis { volumes.append(.init("redis-data", .mapping([]))) }
        if plan.prometheus { volumes.append(.init("prometheus-data", .mapping([]))) }
        if plan.framework == .rails { volumes.append(.init("storage", .mapping([]))) }

        let header = GeneratedHeader.lines + [
            "Production-like stack for \(plan.name) (\(profile.displayName), \(plan.pattern.rawValue)).",
            "Only Caddy publishes ports (80/443); the database and cache are on an internal network.",
            "Usage: cp .env.example .env, fill in the secrets, then: docker compose up -d --build",
        ]
        return YAMLFile(headerComment: header.joined(separator: "\n"), .mapping([
            .init("name", .string(plan.name)),
            .init("services", .mapping(services)),
            .init("networks", .mapping([
                .init("edge", .mapping([]), comment: "Caddy and the services that need outbound internet access."),
                .init("backend", .mapping([.init("internal", true)]), comment: "No route to the outside: database, cache, metrics."),
            ])),
            .init("volumes", .mapping(volumes)),
        ]))
    }

    private func caddyService() -> YAMLValue.Entry {
        .init("caddy", .mapping([
            .init("image", .string(Images.caddy)),
            .init("restart", "unless-stopped"),
            .init("ports", .sequence([
                .init("80:80", comment: "HTTP, redirected to HTTPS; needed for ACME challenges"),
                .init("443:443"),
                .init("443:443/udp", comment: "HTTP/3"),
            ])),
            .init("environment", Self.environment([ComposeVariable(name: "DOMAIN", value: "${DOMAIN:-\(plan.domain)}")])),
            .init("volumes", .list([
                .string("./\(CaddyRenderer.fileName):/etc/caddy/Caddyfile:ro"),
                "caddy-data:/data",
                "caddy-config:/config",
            ])),
            .init("depends_on", Self.dependsOn([("app", "service_healthy")])),
            .init("healthcheck", Self.healthcheck(["CMD", "wget", "-q", "--spider", "http://127.0.0.1:2019/config/"])),
            .init("networks", .list(["edge"])),
            .init("read_only", true),
            .init("tmpfs", .list(["/tmp"])),
            .init("cap_drop", .list(["ALL"])),
            .init("cap_add", .list(["NET_BIND_SERVICE"])),
        ] + Self.hardening + [
            .init("deploy", Self.limits(cpus: "0.5", memory: "256M")),
            .init("logging", Self.logging),
        ]), comment: "TLS termination (automatic HTTPS), compression, security headers.")
    }

    private func appDependencies() -> [(String, String)] {
        var deps = [("postgres", "service_healthy")]
        if plan.usesRedis { deps.append(("redis", "service_healthy")) }
        if hasMigrate { deps.append(("migrate", "service_completed_successfully")) }
        return deps
    }

    private func appLikeService(command: [String]?, healthcheck: YAMLValue?, networks: [String], deploy: YAMLValue?, restart: String, dependencies: [(String, String)], extraVolumes: [String]) -> YAMLValue {
        var entries: [YAMLValue.Entry] = [
            .init("build", build),
            .init("image", .string(appImage)),
        ]
        if let command { entries.append(.init("command", .flowList(command))) }
        entries += [
            .init("restart", .string(restart)),
            .init("environment", Self.environment(appEnvironment)),
            .init("depends_on", Self.dependsOn(dependencies)),
        ]
        if let healthcheck { entries.append(.init("healthcheck", healthcheck)) }
        entries.append(.init("networks", .list(networks.map { .string($0) })))
        if !extraVolumes.isEmpty { entries.append(.init("volumes", .list(extraVolumes.map { .string($0) }))) }
        entries += [
            .init("read_only", true),
            .init("tmpfs", .list(profile.writablePaths.map { .string($0) })),
            .init("user", .string(ContainerUser.spec)),
            .init("cap_drop", .list(["ALL"])),
        ] + Self.hardening
        if let deploy { entries.append(.init("deploy", deploy)) }
        entries.append(.init("logging", Self.logging))
        return .mapping(entries)
    }

    private var railsStorage: [String] { plan.framework == .rails ? ["storage:\(profile.appDirectory)/storage"] : [] }

    private func appService() -> YAMLValue.Entry {
        var deploy = Self.limits(cpus: appCPUs, memory: appMemory)
        if plan.instances > 1, case .mapping(var entries) = deploy {
            entries.insert(.init("replicas", .int(plan.instances)), at: 0)
            deploy = .mapping(entries)
        }
        let check = Self.healthcheck(["CMD"] + profile.healthcheckCommand, interval: plan.healthIntervalSeconds,
                                     timeout: max(1, plan.healthTimeoutSeconds))
        return .init("app", appLikeService(
            command: nil, healthcheck: check, networks: ["edge", "backend"], deploy: deploy,
            restart: "unless-stopped", dependencies: appDependencies(), extraVolumes: railsStorage
        ), comment: "\(profile.displayName) application, built from \(DockerRenderer.dockerfile); port \(plan.appPort) is reachable only through Caddy.")
    }

    private func migrateService() -> YAMLValue.Entry {
        var deps = [("postgres", "service_healthy")]
        if plan.usesRedis { deps.append(("redis", "service_healthy")) }
        return .init("migrate", appLikeService(
            command: profile.migrateCommand, healthcheck: .mapping([.init("disable", true)]), networks: ["backend"],
            deploy: Self.limits(cpus: appCPUs, memory: appMemory), restart: "no", dependencies: deps,
            extraVolumes: railsStorage
        ), comment: "One-off schema migration; the app starts only after it exits successfully.")
    }

    private func workerService() -> YAMLValue.Entry {
        var deps = [("postgres", "service_healthy"), ("redis", "service_healthy")]
        if hasMigrate { deps.append(("migrate", "service_completed_successfully")) }
        let check = profile.workerHealthcheck.map { Self.healthcheck(["CMD"] + $0, interval: 60, timeout: 15, startPeriod: 30) }
        let name = plan.worker.map { $0.rawValue.capitalized } ?? "Background"
        return .init("worker", appLikeService(
            command: profile.workerCommand, healthcheck: check, networks: ["edge", "backend"],
            deploy: Self.limits(cpus: appCPUs, memory: appMemory), restart: "unless-stopped", dependencies: deps,
            extraVolumes: railsStorage
        ), comment: "\(name) worker: same image as the app, jobs queued in Redis.")
    }

    private func postgresService() -> YAMLValue.Entry {
        .init("postgres", .mapping([
            .init("image", .string(Images.postgres(plan.postgresVersion))),
            .init("restart", "unless-stopped"),
            .init("environment", Self.environment([
                ComposeVariable(name: "POSTGRES_USER", value: dbUser),
                ComposeVariable(name: "POSTGRES_PASSWORD", value: "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}"),
                ComposeVariable(name: "POSTGRES_DB", value: dbName),
            ])),
            .init("volumes", .list([.string("postgres-data:\(postgresDataPath)")])),
            .init("healthcheck", Self.healthcheck(["CMD", "pg_isready", "-U", dbUser, "-d", dbName], interval: 10, retries: 5, startPeriod: 30)),
            .init("networks", .list(["backend"])),
            .init("shm_size", "256mb"),
            .init("read_only", true),
            .init("tmpfs", .list(["/tmp", "/var/run/postgresql"])),
            .init("cap_drop", .list(["ALL"])),
            .init("cap_add", .list(["CHOWN", "DAC_OVERRIDE", "FOWNER", "SETGID", "SETUID"]),
                  comment: "The entrypoint fixes data-directory ownership, then drops to the postgres user."),
        ] + Self.hardening + [
            .init("deploy", Self.limits(cpus: "1.0", memory: "1024M")),
            .init("logging", Self.logging),
        ]), comment: "PostgreSQL \(plan.postgresVersion) (official image); not published on any host port.")
    }

    private func redisService() -> YAMLValue.Entry {
        .init("redis", .mapping([
            .init("image", .string(Images.valkey)),
            .init("restart", "unless-stopped"),
            .init("command", .flowList(["valkey-server", "--appendonly", "yes", "--maxmemory-policy", "noeviction"])),
            .init("volumes", .list(["redis-data:/data"])),
            .init("healthcheck", Self.healthcheck(["CMD", "valkey-cli", "ping"], interval: 10, retries: 5, startPeriod: 10)),
            .init("networks", .list(["backend"])),
            .init("read_only", true),
            .init("tmpfs", .list(["/tmp"])),
            .init("cap_drop", .list(["ALL"])),
            .init("cap_add", .list(["CHOWN", "SETGID", "SETUID"]), comment: "The entrypoint fixes /data ownership, then drops from root to the valkey user."),
        ] + Self.hardening + [
            .init("deploy", Self.limits(cpus: "0.5", memory: "256M")),
            .init("logging", Self.logging),
        ]), comment: "Valkey (Redis-compatible, BSD licensed): \(hasWorker ? "job queue and cache" : "cache"); append-only persistence.")
    }

    private func prometheusService() -> YAMLValue.Entry {
        .init("prometheus", .mapping([
            .init("image", .string(Images.prometheus)),
            .init("restart", "unless-stopped"),
            .init("command", .flowList([
                "--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus",
                "--storage.tsdb.retention.time=15d",
            ])),
            .init("volumes", .list([.string("./\(Self.prometheusFile):/etc/prometheus/prometheus.yml:ro"), "prometheus-data:/prometheus"])),
            .init("healthcheck", Self.healthcheck(["CMD", "wget", "-q", "--spider", "http://127.0.0.1:9090/-/healthy"])),
            .init("networks", .list(["backend"])),
            .init("read_only", true),
            .init("cap_drop", .list(["ALL"])),
        ] + Self.hardening + [
            .init("deploy", Self.limits(cpus: "0.5", memory: "512M")),
            .init("logging", Self.logging),
        ]), comment: "Prometheus scraping the app's /metrics; reach it with an SSH tunnel, it is not published.")
    }

    // MARK: - docker-compose.dev.yml

    func development() -> YAMLFile {
        let source = plan.layout.contextFromOutput + ":" + profile.appDirectory
        let devBuild: YAMLValue = .mapping([.init("target", "dev")])
        func devAppLike(_ extra: [YAMLValue.Entry]) -> YAMLValue {
            .mapping([
                .init("build", devBuild),
                .init("image", .string(devImage)),
            ] + extra + [
                .init("volumes", .list(([source] + profile.preservedDevPaths).map { .string($0) })),
                .init("read_only", false),
                .init("user", "${DEV_UID:-1000}:${DEV_GID:-1000}", comment: "Your host user, so files written into the bind-mounted sources stay yours."),
            ])
        }
        var services: [YAMLValue.Entry] = [
            .init("app", devAppLike([
                .init("command", .flowList(profile.devCommand)),
                .init("environment", Self.environment(profile.devEnvironment)),
                .init("ports", .list([.string("127.0.0.1:\(plan.appPort):\(plan.appPort)")])),
            ] + (plan.instances > 1 ? [.init("deploy", .mapping([.init("replicas", 1)]), comment: "One instance: the port is published.")] : [])
            ), comment: plan.framework == .fraiseql
                ? "Reloading server on http://localhost:\(plan.appPort); GraphQL playground at /playground."
                : "Reloading server on http://localhost:\(plan.appPort)."),
        ]
        if hasMigrate { services.append(.init("migrate", devAppLike([.init("environment", Self.environment(profile.devEnvironment))]))) }
        if hasWorker { services.append(.init("worker", devAppLike([.init("environment", Self.environment(profile.devEnvironment))]))) }
        // A port cannot be published from an internal-only network: development adds `edge` to these services.
        func loopback(_ port: Int) -> YAMLValue {
            .mapping([
                .init("ports", .list([.string("127.0.0.1:\(port):\(port)")])),
                .init("networks", .list(["backend", "edge"])),
            ])
        }
        services.append(.init("postgres", loopback(5432), comment: "Reachable from host tools on the loopback interface only."))
        if plan.usesRedis { services.append(.init("redis", loopback(6379))) }
        if plan.prometheus { services.append(.init("prometheus", loopback(9090))) }
        services.append(.init("caddy", .mapping([.init("profiles", .list(["proxy"]))]),
                              comment: "Not started in development (use --profile proxy to run it)."))
        let header = GeneratedHeader.lines + [
            "Development override: sources bind-mounted, reloading server, debug settings, ports on 127.0.0.1 only.",
            "Usage: docker compose -f docker-compose.yml -f docker-compose.dev.yml up --build",
        ]
        return YAMLFile(headerComment: header.joined(separator: "\n"), .mapping([.init("services", .mapping(services))]))
    }

    // MARK: - docker-compose.test.yml

    func test() -> YAMLFile {
        let testDatabase = plan.databaseName + "_test"
        let password = "${POSTGRES_TEST_PASSWORD:-test}"
        var runnerEnvironment = [
            ComposeVariable(name: "DATABASE_URL", value: "postgresql://\(plan.databaseName):\(password)@test-db:5432/\(testDatabase)"),
        ]
        var dependencies = [("test-db", "service_healthy")]
        var services: [YAMLValue.Entry] = [
            .init("test-db", .mapping([
                .init("image", .string(Images.postgres(plan.postgresVersion))),
                .init("environment", Self.environment([
                    ComposeVariable(name: "POSTGRES_USER", value: plan.databaseName),
                    ComposeVariable(name: "POSTGRES_PASSWORD", value: password),
                    ComposeVariable(name: "POSTGRES_DB", value: testDatabase),
                ])),
                .init("tmpfs", .list([.string(postgresDataPath)]), comment: "Throwaway data in memory: fast, and nothing survives the run."),
                .init("healthcheck", Self.healthcheck(["CMD", "pg_isready", "-U", plan.databaseName, "-d", testDatabase], interval: 2, retries: 30, startPeriod: 5)),
            ] + Self.hardening + [.init("logging", Self.logging)])),
        ]
        if plan.usesRedis {
            runnerEnvironment.append(ComposeVariable(name: "REDIS_URL", value: "redis://test-redis:6379/0"))
            dependencies.append(("test-redis", "service_healthy"))
            services.append(.init("test-redis", .mapping([
                .init("image", .string(Images.valkey)),
                .init("healthcheck", Self.healthcheck(["CMD", "valkey-cli", "ping"], interval: 2, retries: 30, startPeriod: 5)),
            ] + Self.hardening + [.init("logging", Self.logging)])))
        }
        runnerEnvironment += profile.testEnvironment
        var testBuild = build
        if case .mapping(var entries) = testBuild {
            entries.append(.init("target", "dev"))
            testBuild = .mapping(entries)
        }
        services.insert(.init("test", .mapping([
            .init("build", testBuild),
            .init("image", .string(devImage)),
            .init("command", .flowList(["sh", "-c", profile.testScript])),
            .init("environment", Self.environment(runnerEnvironment)),
            .init("depends_on", Self.dependsOn(dependencies)),
            .init("restart", "no"),
        ] + Self.hardening + [.init("logging", Self.logging)]),
            comment: "Migrates the test database, runs the suite and exits with its status."), at: 0)
        let header = GeneratedHeader.lines + [
            "Test stack: PostgreSQL on tmpfs and a runner that migrates, then runs the test suite.",
            "Usage: docker compose -f docker-compose.test.yml run --rm --build test; docker compose -f docker-compose.test.yml down",
        ]
        return YAMLFile(headerComment: header.joined(separator: "\n"), .mapping([
            .init("name", .string(plan.name + "-test")),
            .init("services", .mapping(services)),
        ]))
    }

    // MARK: - prometheus/prometheus.yml

    func prometheusConfig() -> YAMLFile {
        YAMLFile(headerComment: (GeneratedHeader.lines + ["Scrape configuration of the Compose stack's Prometheus."]).joined(separator: "\n"), .mapping([
            .init("global", .mapping([.init("scrape_interval", "30s"), .init("evaluation_interval", "30s")])),
            .init("scrape_configs", .sequence([
                .init(.mapping([
                    .init("job_name", "app"),
                    .init("metrics_path", "/metrics"),
                    .init("static_configs", .sequence([.init(.mapping([.init("targets", .flowList(["app:\(plan.appPort)"]))]))])),
                ]), comment: "The application must expose Prometheus metrics on /metrics (Caddy blocks it from the internet)."),
                .init(.mapping([
                    .init("job_name", "prometheus"),
                    .init("static_configs", .sequence([.init(.mapping([.init("targets", .flowList(["localhost:9090"]))]))])),
                ])),
            ])),
        ]))
    }
}
