/// Node.js (24 LTS): pnpm through corepack with a frozen lockfile, the build in a builder stage, dev
/// dependencies pruned before the runtime stage.
struct NodeProfile: FrameworkProfile {
    let plan: StackPlan
    var displayName: String { "Node.js" }
    var appDirectory: String { "/app" }
    /// The compiled entry point `pnpm build` produces.
    var entryPoint: String { "dist/index.js" }

    private var header: [String] {
        GeneratedHeader.lines + [
            "Node.js \(plan.runtimeVersion) with pnpm (corepack): dependencies from the frozen pnpm-lock.yaml, `pnpm build` in the",
            "builder stage, development dependencies pruned; the runtime stage runs `node \(entryPoint)` on port \(port).",
        ]
    }

    private var pnpmCache: DockerMount { .cache(target: "/pnpm/store", id: "pnpm-${TARGETARCH}", sharing: "locked") }

    private func buildStages(withDev: Bool) -> [DockerInstruction] {
        let dev: [DockerInstruction] = withDev ? [
            .blank,
            .comment("Development and tests: all dependencies, sources bind-mounted by docker-compose.dev.yml."),
            .from(image: "deps", stage: "dev"),
            .copy(DockerCopy(["."], ".")),
            .comment("Tools write caches into node_modules: give it to the default development user (DEV_UID, 1000)."),
            .run(["chown -R 1000:1000 /app/node_modules"]),
            .cmd(devCommand),
        ] : []
        return [
            .from(image: Images.node(plan.runtimeVersion), stage: "base"),
            .env([
                DockerKeyValue("PNPM_HOME", "/pnpm"),
                DockerKeyValue("PATH", "/pnpm:$PATH", expands: true),
                DockerKeyValue("COREPACK_ENABLE_DOWNLOAD_PROMPT", "0"),
            ]),
            .run(["corepack enable pnpm"]),
            .workdir(appDirectory),
            .blank,
            .comment("Dependencies from the lockfile only: rebuilt when pnpm-lock.yaml changes, not on every source edit."),
            .from(image: "base", stage: "deps"),
            .arg("TARGETARCH"),
            .copy(DockerCopy(["package.json", "pnpm-lock.yaml"], "./")),
            .run(["pnpm install --frozen-lockfile"], mounts: [pnpmCache]),
        ] + dev + [
            .blank,
            .comment("Build, then drop development dependencies."),
            .from(image: "deps", stage: "builder"),
            .arg("TARGETARCH"),
            .copy(DockerCopy(["."], ".")),
            .run(["pnpm run --if-present build", "pnpm prune --prod --ignore-scripts"], mounts: [pnpmCache]),
        ]
    }

    private var runtimeEnv: [DockerKeyValue] {
        [DockerKeyValue("NODE_ENV", "production"), DockerKeyValue("PORT", String(port))]
    }

    private func healthcheck(node: String) -> DockerHealthcheck {
        DockerHealthcheck(
            interval: "\(plan.healthIntervalSeconds)s", timeout: "\(healthTimeout)s", startPeriod: "20s",
            retries: 3, command: probe(node))
    }

    private func probe(_ node: String) -> [String] {
        [node, "-e",
         "fetch('\(localHealthURL)', { signal: AbortSignal.timeout(\(healthTimeout * 1000)) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
    }

    func dockerfile() -> DockerfileDocument {
        let instructions = buildStages(withDev: true) + [
            .blank,
            .comment("Runtime: production dependencies and the build output only; runs as an unprivileged numeric user."),
            .from(image: Images.node(plan.runtimeVersion), stage: "runtime"),
            .env(runtimeEnv),
            .workdir(appDirectory),
            .copy(DockerCopy([appDirectory], appDirectory, from: "builder")),
            .user(ContainerUser.spec),
            .expose([port]),
            .healthcheck(healthcheck(node: "node")),
            .cmd(serveCommand),
        ]
        return DockerfileDocument(header: header, instructions: instructions)
    }

    func hardenedDockerfile() -> DockerfileDocument {
        let instructions = buildStages(withDev: false) + [
            .blank,
            .comment("Runtime: distroless Node.js (no shell, no package manager); the image's entrypoint is node."),
            .from(image: Images.distrolessNode(plan.runtimeVersion), stage: "runtime"),
            .env(runtimeEnv),
            .workdir(appDirectory),
            .copy(DockerCopy([appDirectory], appDirectory, from: "builder")),
            .user(ContainerUser.spec),
            .expose([port]),
            .healthcheck(healthcheck(node: "/nodejs/bin/node")),
            .cmd([entryPoint]),
        ]
        return DockerfileDocument(header: header, instructions: instructions)
    }

    var dockerignore: [String] {
        ["node_modules/", "**/node_modules/", "dist/", "coverage/", ".next/", ".turbo/", ".pnpm-store/", "npm-debug.log*"]
    }

    var serveCommand: [String] { ["node", entryPoint] }
    var devCommand: [String] { ["pnpm", "dev"] }
    var migrateCommand: [String]? { nil }
    var testScript: String { "pnpm run --if-present migrate && exec pnpm test" }
    var workerCommand: [String]? { nil }
    var workerHealthcheck: [String]? { nil }
    var healthcheckCommand: [String] { probe("node") }

    var environment: [ComposeVariable] { [ComposeVariable(name: "NODE_ENV", value: "production")] }
    var devEnvironment: [ComposeVariable] {
        [ComposeVariable(name: "NODE_ENV", value: "development"), ComposeVariable(name: "DEBUG", value: "app:*")]
    }
    var testEnvironment: [ComposeVariable] { [ComposeVariable(name: "NODE_ENV", value: "test")] }
    var envFileVariables: [EnvFileVariable] { [] }
    var writablePaths: [String] { ["/tmp"] }
    var preservedDevPaths: [String] { [appDirectory + "/node_modules"] }

    var projectExpectations: [String] {
        [
            "`package.json` with a `packageManager` field (`pnpm@…`) and a committed `pnpm-lock.yaml`",
            "scripts `build` (emitting `\(entryPoint)`), `dev` and `test`; optionally `migrate`",
            "a `\(plan.healthPath)` route answering 200, and the server listening on `process.env.PORT`",
        ]
    }

    var privatePaths: [String] { ["/metrics"] }
}
