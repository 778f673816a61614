/// Rails: gems from a frozen Gemfile.lock, assets precompiled in the builder, Puma with jemalloc in a slim
/// runtime, Sidekiq workers on Redis.
struct RailsProfile: FrameworkProfile {
    let plan: StackPlan
    var displayName: String { "Rails" }
    var appDirectory: String { "/rails" }

    private var header: [String] {
        GeneratedHeader.lines + [
            "Rails on Ruby \(plan.runtimeVersion): gems are installed from the frozen Gemfile.lock and assets precompiled in",
            "the builder stage; the runtime stage runs Puma on port \(port) with jemalloc. Sidekiq uses the same image.",
        ]
    }

    private var bundleEnv: [DockerKeyValue] {
        [
            DockerKeyValue("RAILS_ENV", "production"),
            DockerKeyValue("BUNDLE_DEPLOYMENT", "1"),
            DockerKeyValue("BUNDLE_FROZEN", "1"),
            DockerKeyValue("BUNDLE_PATH", "/usr/local/bundle"),
            DockerKeyValue("BUNDLE_WITHOUT", "development:test"),
        ]
    }

    private var bundleCache: DockerMount { .cache(target: "/root/.bundle/cache", id: "bundle-${TARGETARCH}", sharing: "locked") }

    private var builder: [DockerInstruction] {
        [
            .comment("The full image has compilers and the headers native gems need (libpq, libyaml)."),
            .from(image: Images.rubyBuild(plan.runtimeVersion), stage: "builder"),
            .arg("TARGETARCH"),
            .env(bundleEnv + [DockerKeyValue("BUNDLE_USER_CACHE", "/root/.bundle/cache")]),
            .workdir(appDirectory),
            .comment("Gems from the lockfile only: rebuilt when Gemfile.lock changes, not on every source edit."),
            .copy(DockerCopy(["Gemfile", "Gemfile.lock"], "./")),
            .run([
                "bundle install --jobs 4",
                "rm -rf /usr/local/bundle/ruby/*/cache /usr/local/bundle/ruby/*/bundler/gems/*/.git",
            ], mounts: [bundleCache]),
            .copy(DockerCopy(["."], ".")),
            .comment("SECRET_KEY_BASE_DUMMY lets Rails boot for the asset build without the real secret."),
            .run(["SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile", "rm -rf tmp/cache"]),
        ]
    }

    private var runtimeEnv: [DockerKeyValue] {
        bundleEnv + [
            DockerKeyValue("RAILS_LOG_TO_STDOUT", "1"),
            DockerKeyValue("RAILS_SERVE_STATIC_FILES", "1"),
            DockerKeyValue("LD_PRELOAD", "libjemalloc.so.2"),
            DockerKeyValue("MALLOC_CONF", "dirty_decay_ms:1000,narenas:2,background_thread:true"),
            DockerKeyValue("PORT", String(port)),
        ]
    }

    /// The runtime libraries: jemalloc and libpq, pinned to the Debian 13 series (hadolint DL3008).
    private func runtimePackages(stripSetuid: Bool) -> DockerInstruction {
        var commands = [
            "apt-get update",
            "apt-get install -y --no-install-recommends libjemalloc2=5.3.* libpq5=17.*",
            "rm -rf /var/lib/apt/lists/* /var/cache/apt/archives",
        ]
        if stripSetuid {
            commands.append("find / -xdev -perm /6000 -type f -exec chmod a-s {} +")
        }
        return .run(commands)
    }

    private func runtime(hardened: Bool) -> [DockerInstruction] {
        [
            .blank,
            .comment(hardened
                ? "Runtime: slim Ruby (no distroless Ruby exists) with setuid/setgid bits removed; writes only to tmp/, log/ and storage/."
                : "Runtime: slim Ruby with jemalloc and libpq; runs as an unprivileged numeric user."),
            .from(image: Images.ruby(plan.runtimeVersion), stage: "runtime"),
            runtimePackages(stripSetuid: hardened),
            .env(runtimeEnv),
            .workdir(appDirectory),
            .copy(DockerCopy(["/usr/local/bundle"], "/usr/local/bundle", from: "builder")),
            .copy(DockerCopy([appDirectory], appDirectory, from: "builder")),
            .run(["mkdir -p tmp/pids log storage", "chown -R \(ContainerUser.spec) tmp log storage"]),
            .user(ContainerUser.spec),
            .expose([port]),
            .healthcheck(DockerHealthcheck(
                interval: "\(plan.healthIntervalSeconds)s", timeout: "\(healthTimeout)s", startPeriod: "30s",
                retries: 3, command: healthcheckCommand)),
            .cmd(serveCommand),
        ]
    }

    func dockerfile() -> DockerfileDocument {
        var instructions = builder
        instructions += [
            .blank,
            .comment("Development and tests: all gem groups, sources bind-mounted by docker-compose.dev.yml."),
            .from(image: "builder", stage: "dev"),
            .env([DockerKeyValue("RAILS_ENV", "development"), DockerKeyValue("BUNDLE_DEPLOYMENT", "0"), DockerKeyValue("BUNDLE_WITHOUT", "")]),
            .run(["bundle install --jobs 4"], mounts: [bundleCache]),
            .cmd(devCommand),
        ]
        instructions += runtime(hardened: false)
        return DockerfileDocument(header: header, instructions: instructions)
    }

    func hardenedDockerfile() -> DockerfileDocument {
        DockerfileDocument(header: header, instructions: builder + runtime(hardened: true))
    }

    var dockerignore: [String] {
        [".bundle/", "vendor/bundle/", "log/*", "tmp/*", "storage/*", "public/assets/", "coverage/", "node_modules/",
         "config/master.key", "config/credentials/*.key"]
    }

    var serveCommand: [String] { ["bundle", "exec", "puma", "-C", "config/puma.rb"] }
    var devCommand: [String] { ["./bin/rails", "server", "-b", "0.0.0.0", "-p", String(port)] }
    var migrateCommand: [String]? { ["./bin/rails", "db:prepare"] }

    var testScript: String {
        "./bin/rails db:prepare && if [ -d spec ]; then exec bundle exec rspec; else exec ./bin/rails test; fi"
    }

    var workerCommand: [String]? { plan.worker == nil ? nil : ["bundle", "exec", "sidekiq"] }
    /// Healthy while this container's Sidekiq process sends its heartbeat to Redis (Sidekiq's own process set).
    var workerHealthcheck: [String]? {
        plan.worker == nil ? nil : [
            "bundle", "exec", "ruby", "-rsocket", "-rsidekiq/api", "-e",
            "exit(Sidekiq::ProcessSet.new.any? { |p| p['hostname'] == Socket.gethostname } ? 0 : 1)",
        ]
    }

    var healthcheckCommand: [String] {
        ["ruby", "-rnet/http", "-e",
         "exit(Net::HTTP.get_response(URI('\(localHealthURL)')).is_a?(Net::HTTPSuccess) ? 0 : 1)"]
    }

    var environment: [ComposeVariable] {
        [
            ComposeVariable(name: "RAILS_ENV", value: "production"),
            ComposeVariable(name: "SECRET_KEY_BASE", value: "${SECRET_KEY_BASE:?set SECRET_KEY_BASE in .env}"),
            ComposeVariable(name: "RAILS_MAX_THREADS", value: "5"),
            ComposeVariable(name: "WEB_CONCURRENCY", value: String(max(1, plan.cpuMillicores / 1000))),
        ]
    }

    var devEnvironment: [ComposeVariable] {
        [ComposeVariable(name: "RAILS_ENV", value: "development"), ComposeVariable(name: "RAILS_LOG_LEVEL", value: "debug")]
    }

    var testEnvironment: [ComposeVariable] {
        [ComposeVariable(name: "RAILS_ENV", value: "test")]
    }

    var envFileVariables: [EnvFileVariable] {
        [EnvFileVariable(
            name: "SECRET_KEY_BASE", example: "change-me",
            comment: "Rails secret_key_base (cookies, signed ids). Generate: openssl rand -hex 64", isSecret: true)]
    }

    var writablePaths: [String] { [appDirectory + "/tmp", "/tmp"] }
    var preservedDevPaths: [String] { [] }

    var projectExpectations: [String] {
        [
            "`Gemfile` and a committed `Gemfile.lock` (puma, pg and, with a worker, sidekiq)",
            "`config/puma.rb` binding `ENV[\"PORT\"]` (the Rails default)",
            "`config/database.yml` reading `DATABASE_URL`, and Sidekiq reading `REDIS_URL`",
            "the `\(plan.healthPath)` route (Rails 7.1+ generates `/up`)",
            "an asset pipeline (`assets:precompile`); API-only apps can drop that line",
        ]
    }

    var privatePaths: [String] { ["/metrics", "/sidekiq"] }
}
