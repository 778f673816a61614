/// `DEPLOYMENT.md`: quick start, services, volumes, health checks and troubleshooting for this framework and
/// pattern, written from the same plan the other files come from.
struct DocsRenderer {
    let plan: StackPlan
    let profile: any FrameworkProfile
    let files: [GeneratedFile]

    init(profile: any FrameworkProfile, files: [GeneratedFile]) {
        self.plan = profile.plan
        self.profile = profile
        self.files = files
    }

    static let fileName = "DEPLOYMENT.md"

    private var out: String { plan.layout.outputFromContext }
    private var composeBase: String { "docker compose -f \(out)/docker-compose.yml" }
    private var composeDev: String { composeBase + " -f \(out)/docker-compose.dev.yml" }
    private var composeTest: String { "docker compose -f \(out)/docker-compose.test.yml" }
    private var name: String { MarkdownWriter.escape(plan.name) }
    private func c(_ text: String) -> String { MarkdownWriter.code(text) }

    func file() -> GeneratedFile {
        GeneratedFile(path: Self.fileName, contents: MarkdownWriter.render(document()), category: .docs)
    }

    func document() -> MarkdownDocument {
        var blocks: [MarkdownDocument.Block] = [.comment(GeneratedHeader.text)]
        blocks.append(.heading(1, "Deploying \(name)"))
        blocks.append(.paragraph(
            "\(profile.displayName) application, pattern \(c(plan.pattern.rawValue)), served at \(c(plan.domain)). "
            + "Everything in this folder was generated from \(c("deployment.yaml")) by \(c("specql-deploy")): change the spec and "
            + "run \(c("specql-deploy generate")) again rather than editing these files (edited files are kept, see Regenerating)."))
        blocks += patternSection()
        blocks.append(.heading(2, "What the application must provide"))
        blocks.append(.bullets(profile.projectExpectations))
        blocks += quickStart()
        blocks += servicesSection()
        blocks += volumesSection()
        blocks += healthSection()
        blocks += hardenedSection()
        blocks += filesSection()
        blocks += regenerationSection()
        blocks += troubleshooting()
        return MarkdownDocument(blocks)
    }

    private func patternSection() -> [MarkdownDocument.Block] {
        let text: String
        switch plan.pattern {
        case .hobbyProject:
            text = "The \(c("hobby-project")) pattern runs this Compose stack on one Linux server: Caddy terminates TLS, "
                + "PostgreSQL keeps its data in a named volume. Back up that volume (\(c("pg_dump"))) on a schedule."
        case .smallSaaS:
            text = "The \(c("small-saas")) pattern runs in production on AWS (ECS Fargate behind a load balancer, RDS PostgreSQL). "
                + "The images built from these Dockerfiles are the ones ECS runs; the Compose stack reproduces production on one machine "
                + "for development, tests and staging."
        case .productionSaaS:
            text = "The \(c("production-saas")) pattern runs in production on AWS with Multi-AZ RDS, autoscaling and Redis. "
                + "The images built from these Dockerfiles are the ones production runs; the Compose stack (with Redis"
                + (plan.worker != nil ? ", the worker" : "") + (plan.prometheus ? " and Prometheus" : "")
                + ") reproduces it on one machine."
        case .kubernetes:
            text = "The \(c("kubernetes")) pattern runs in a cluster; the images built from these Dockerfiles are the ones the "
                + "cluster runs (same UID \(ContainerUser.uid), same health endpoint). The Compose stack is for development and tests."
        }
        return [.heading(2, "How this pattern runs"), .paragraph(text)]
    }

    private func quickStart() -> [MarkdownDocument.Block] {
        var blocks: [MarkdownDocument.Block] = [.heading(2, "Quick start")]
        blocks.append(.paragraph("Run the commands from the application's folder (the Docker build context, the parent of \(c(out + "/"))). Docker Engine 24+ with Compose v2 and BuildKit is required."))
        blocks.append(.heading(3, "1. Secrets"))
        var generated = ["POSTGRES_PASSWORD"] + profile.envFileVariables.filter(\.isSecret).map(\.name)
        generated = generated.filter { DotenvWriter.isValidName($0) }
        var script = "cp \(out)/.env.example \(out)/.env\n"
        for name in generated {
            let bytes = name == "SECRET_KEY_BASE" ? 64 : 32
            script += "sed -i \"s/^\(name)=.*/\(name)=$(openssl rand -hex \(bytes))/\" \(out)/.env\n"
        }
        script += "echo '\(out)/.env' >> .gitignore"
        blocks.append(.code(language: "sh", script))
        let external = plan.variables.filter(\.isSecret).map(\.name)
        if !external.isEmpty {
            blocks.append(.paragraph("Then put the real values of \(external.map(c).joined(separator: ", ")) (declared as secrets in deployment.yaml) into \(c(out + "/.env")). Compose refuses to start while a required value is missing."))
        }
        blocks.append(.heading(3, "2. Development"))
        var devText = "The app reloads on every change and listens on http://localhost:\(plan.appPort) (loopback only)."
        if plan.framework == .fraiseql {
            devText += " The GraphQL playground is at http://localhost:\(plan.appPort)/playground in development only."
        }
        blocks.append(.code(language: "sh", "\(composeDev) up --build"))
        blocks.append(.paragraph(devText + " PostgreSQL is reachable from host tools on 127.0.0.1:5432."))
        blocks.append(.heading(3, "3. Tests"))
        blocks.append(.code(language: "sh", """
        \(composeTest) run --rm --build test
        \(composeTest) down
        """))
        blocks.append(.paragraph("The runner migrates a throwaway database on tmpfs, runs \(c(profile.testScript)) and exits with the suite's status, so CI can use the command as is."))
        blocks.append(.heading(3, plan.pattern == .hobbyProject ? "4. Production" : "4. Production-like run on one server"))
        var steps = [
            "Point the DNS record of \(c(plan.domain)) at the server (or set \(c("DOMAIN")) in \(c(".env"))).",
            "Allow inbound TCP 80 and 443 (and UDP 443 for HTTP/3). Nothing else is published: Docker bypasses ufw for published ports, so the stack publishes only Caddy's.",
            "Start it: \(c(composeBase + " up -d --build"))",
            "Watch the first start: \(c(composeBase + " ps")) shows every service healthy within a minute; Caddy obtains the certificate on the first request.",
        ]
        if profile.migrateCommand != nil {
            steps.insert("Migrations run in the one-off \(c("migrate")) service (\(c(profile.migrateCommand!.joined(separator: " ")))) before the app starts, on every \(c("up")).", at: 3)
        }
        blocks.append(.numbered(steps))
        return blocks
    }

    private func servicesSection() -> [MarkdownDocument.Block] {
        var rows: [[String]] = [
            [c("caddy"), c(Images.caddy), "TLS, compression, security headers, reverse proxy", "80, 443 (public)"],
            [c("app"), "built from \(c("Dockerfile"))", "\(profile.displayName): \(c(profile.serveCommand.joined(separator: " ")))"
                + (plan.instances > 1 ? " (\(plan.instances) replicas)" : ""), "\(plan.appPort) (internal)"],
        ]
        if let migrate = profile.migrateCommand {
            rows.append([c("migrate"), "same image as app", "one-off: \(c(migrate.joined(separator: " ")))", "none"])
        }
        if let worker = profile.workerCommand {
            rows.append([c("worker"), "same image as app", c(worker.joined(separator: " ")), "none"])
        }
        rows.append([c("postgres"), c(Images.postgres(plan.postgresVersion)), "PostgreSQL \(plan.postgresVersion)", "5432 (internal)"])
        if plan.usesRedis {
            rows.append([c("redis"), c(Images.valkey), profile.workerCommand != nil ? "job queue and cache (Valkey)" : "cache (Valkey)", "6379 (internal)"])
        }
        if plan.prometheus {
            rows.append([c("prometheus"), c(Images.prometheus), "scrapes \(c("app:\(plan.appPort)/metrics")) every 30 s", "9090 (internal)"])
        }
        return [
            .heading(2, "Services"),
            .table(header: ["Service", "Image", "Role", "Ports"], rows: rows),
            .paragraph("Every container runs with \(c("no-new-privileges")), dropped capabilities, a read-only root filesystem (writable tmpfs where needed), resource limits and rotated json-file logs (3 × 10 MB). The app runs as UID \(ContainerUser.uid)."),
        ]
    }

    private func volumesSection() -> [MarkdownDocument.Block] {
        var rows: [[String]] = [
            [c("postgres-data"), "PostgreSQL data directory", "yes: back it up (\(c(composeBase + " exec postgres pg_dump -U " + plan.databaseName + " " + plan.databaseName + " > backup.sql")))"],
            [c("caddy-data"), "certificates and ACME account", "yes: losing it means re-issuing certificates (rate limits)"],
            [c("caddy-config"), "Caddy's autosaved configuration", "no"],
        ]
        if plan.usesRedis { rows.append([c("redis-data"), "Valkey append-only file", profile.workerCommand != nil ? "yes: queued jobs" : "no: cache only"]) }
        if plan.prometheus { rows.append([c("prometheus-data"), "metrics, 15 days", "no"]) }
        if plan.framework == .rails { rows.append([c("storage"), "Active Storage files (local disk service)", "yes"]) }
        return [.heading(2, "Volumes"), .table(header: ["Volume", "Holds", "Back up?"], rows: rows)]
    }

    private func healthSection() -> [MarkdownDocument.Block] {
        var items = [
            "\(c("app")): \(c("GET " + plan.healthPath)) on port \(plan.appPort) every \(plan.healthIntervalSeconds) s, probed with \(c(profile.healthcheckCommand[0])) itself (no curl in the image). Caddy waits for it before starting and also checks it actively.",
            "\(c("postgres")): \(c("pg_isready")); the app and migrations wait for it (\(c("condition: service_healthy"))).",
        ]
        if plan.usesRedis { items.append("\(c("redis")): \(c("valkey-cli ping")).") }
        if let check = profile.workerHealthcheck { items.append("\(c("worker")): \(c(check.joined(separator: " "))).") }
        else if profile.workerCommand != nil { items.append("\(c("worker")): the worker is the container's main process; if it exits, Compose restarts it.") }
        items.append("\(c("caddy")): its admin endpoint on 127.0.0.1:2019 inside the container.")
        if plan.prometheus { items.append("\(c("prometheus")): \(c("/-/healthy")).") }
        return [.heading(2, "Health checks"), .bullets(items),
                .paragraph("See the state with \(c(composeBase + " ps")) and the last probe output with \(c("docker inspect --format '{{json .State.Health}}' <container>")).")]
    }

    private func hardenedSection() -> [MarkdownDocument.Block] {
        let what: String
        switch plan.framework {
        case .fraiseql, .django:
            what = "\(c(Images.distrolessCC)) with a relocatable CPython \(plan.runtimeVersion) (installed by uv in the builder) and the virtual environment; no shell, no package manager."
        case .node:
            what = "\(c(Images.distrolessNode(plan.runtimeVersion))) with the build output and production dependencies; no shell, no package manager."
        case .rails:
            what = "the slim Ruby runtime with setuid/setgid bits removed (there is no distroless Ruby image); it still writes only to \(c("tmp/")), \(c("log/")) and \(c("storage/"))."
        }
        return [
            .heading(2, "Hardened image"),
            .paragraph("\(c("Dockerfile.hardened")) builds the same application into a minimal runtime: \(what) Its health check runs the language runtime directly (exec form, no shell), and it works with \(c("read_only: true")). Build it with \(c("docker build -f \(out)/Dockerfile.hardened -t \(plan.name)-app:hardened .")) and use that tag in \(c("docker-compose.yml")) (or your orchestrator). Debug it with \(c("docker debug")) or an ephemeral debug container, since it has no shell."),
        ]
    }

    private func filesSection() -> [MarkdownDocument.Block] {
        let purposes: [String: String] = [
            "Dockerfile": "multi-stage image: builder, dev (development and tests), runtime",
            "Dockerfile.hardened": "the same build on a minimal runtime",
            ".dockerignore": "what stays out of the build context (also as Dockerfile.dockerignore and Dockerfile.hardened.dockerignore, which BuildKit reads next to each Dockerfile)",
            "Dockerfile.dockerignore": "",
            "Dockerfile.hardened.dockerignore": "",
            "docker-compose.yml": "production-like stack",
            "docker-compose.dev.yml": "development override",
            "docker-compose.test.yml": "test stack",
            "prometheus/prometheus.yml": "Prometheus scrape configuration",
            "Caddyfile": "reverse proxy and TLS",
            ".env.example": "every variable the Compose files read",
            ".specql-deploy.yml": "lint settings for this stack (the final image size budget for `specql-deploy lint`)",
            "DEPLOYMENT.md": "this guide",
        ]
        let rows = (files.map(\.path) + [Self.fileName]).sorted().compactMap { path -> [String]? in
            guard let purpose = purposes[path], !purpose.isEmpty else { return nil }
            return [c(path), purpose]
        }
        return [.heading(2, "Files"), .table(header: ["File", "Purpose"], rows: rows)]
    }

    private func regenerationSection() -> [MarkdownDocument.Block] {
        [
            .heading(2, "Regenerating"),
            .paragraph("\(c(".specql-deploy-manifest.json")) records the SHA-256 of every file as written. \(c("specql-deploy generate")) updates files that still match their recorded hash, leaves files you edited alone (and exits non-zero, naming them), and never touches files it did not write. See what would change with \(c("specql-deploy generate --dry-run --diff")); replace edited files with \(c("--force"))."),
        ]
    }

    private func troubleshooting() -> [MarkdownDocument.Block] {
        var items = [
            "**\(c("app")) stays unhealthy**: \(c(composeBase + " logs app")); the app must answer 200 on \(c(plan.healthPath)) at port \(plan.appPort) and read \(c("DATABASE_URL")).",
            "**\(c("required variable POSTGRES_PASSWORD is missing a value"))**: create \(c(out + "/.env")) from \(c(".env.example")) (step 1).",
            "**password authentication failed after changing \(c("POSTGRES_PASSWORD"))**: the password was fixed when \(c("postgres-data")) was created; change it with \(c("ALTER ROLE")) or recreate the volume (this deletes the data).",
            "**no certificate**: the DNS record must resolve to this server and ports 80/443 must be reachable from the internet; \(c(composeBase + " logs caddy")) shows the ACME error. Try the stack locally with \(c("DOMAIN=localhost")).",
            "**permission denied writing a file**: the root filesystem is read-only and the app runs as UID \(ContainerUser.uid); write to \(profile.writablePaths.map(c).joined(separator: ", ")) or add a volume.",
        ]
        switch plan.framework {
        case .fraiseql:
            items.append("**the Rust extension does not build**: \(c("pyproject.toml")) must list maturin in \(c("build-system.requires")); the Rust toolchain is copied from \(c(Images.rust)) into the builder stage only.")
            items.append("**\(c("confiture: not found")) in \(c("migrate"))**: add confiture to the project's dependencies, or remove the \(c("migrate")) service if the schema is managed elsewhere.")
        case .django:
            items.append("**\(c("collectstatic")) fails during the build**: settings must import without production secrets when \(c("DJANGO_COLLECTSTATIC=1")) is set.")
            items.append("**CSRF failures behind Caddy**: \(c("DJANGO_CSRF_TRUSTED_ORIGINS")) is set to the HTTPS origin; set \(c("SECURE_PROXY_SSL_HEADER = (\"HTTP_X_FORWARDED_PROTO\", \"https\")")).")
        case .rails:
            items.append("**\(c("SECRET_KEY_BASE")) missing**: set it in \(c(".env")) (\(c("openssl rand -hex 64"))); the build uses \(c("SECRET_KEY_BASE_DUMMY")) only for assets.")
            items.append("**\(c("Blocked hosts")) errors**: add \(c("config.hosts << ENV[\"DOMAIN\"]")) in production, or allow the health path.")
        case .node:
            items.append("**corepack cannot download pnpm**: pin \(c("packageManager")) in \(c("package.json")); the build needs network access to fetch it once.")
            items.append("**\(c("Cannot find module '/app/dist/index.js'"))**: the image runs \(c("node dist/index.js")): the \(c("build")) script must emit that file.")
        }
        return [.heading(2, "Troubleshooting"), .bullets(items)]
    }
}
