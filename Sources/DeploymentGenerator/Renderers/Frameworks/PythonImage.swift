/// The uv-based stages shared by the Python frameworks: dependencies from `uv.lock` first (cached per target
/// architecture), then the sources and the project itself, a `dev` stage with development dependencies, and a
/// slim (or distroless) runtime that only receives the virtual environment and the sources.
struct PythonImage {
    var pythonVersion: String
    var appDirectory: String
    /// FraiseQL: copy a Rust toolchain into the builder so maturin can compile the extension.
    var needsRust: Bool
    /// Extra commands run after the project is installed (e.g. collectstatic), in the same RUN.
    var postInstall: [String]
    /// Variables of the builder, dev and runtime stages (framework settings).
    var frameworkEnv: [DockerKeyValue]
    var serveCommand: [String]
    var devCommand: [String]
    var healthcheck: DockerHealthcheck
    var port: Int
    var header: [String]

    private var uvCache: DockerMount { .cache(target: "/root/.cache/uv", id: "uv-${TARGETARCH}", sharing: "locked") }

    private var rustCaches: [DockerMount] {
        needsRust ? [
            .cache(target: "/usr/local/cargo/registry", id: "cargo-registry-${TARGETARCH}", sharing: "locked"),
            .cache(target: appDirectory + "/target", id: "cargo-target-${TARGETARCH}", sharing: "locked"),
        ] : []
    }

    private func builderStage(managedPython: Bool) -> [DockerInstruction] {
        var out: [DockerInstruction] = [
            .from(image: Images.pythonBuild(pythonVersion), stage: "builder"),
            .arg("TARGETARCH"),
            .copy(DockerCopy(["/uv", "/uvx"], "/usr/local/bin/", from: Images.uv)),
        ]
        var env: [DockerKeyValue] = []
        if needsRust {
            out += [
                .comment("Rust toolchain for maturin; it stays in this stage and never reaches the runtime image."),
                .copy(DockerCopy(["/usr/local/cargo"], "/usr/local/cargo", from: Images.rust)),
                .copy(DockerCopy(["/usr/local/rustup"], "/usr/local/rustup", from: Images.rust)),
            ]
            env += [
                DockerKeyValue("CARGO_HOME", "/usr/local/cargo"),
                DockerKeyValue("RUSTUP_HOME", "/usr/local/rustup"),
                DockerKeyValue("PATH", "/usr/local/cargo/bin:$PATH", expands: true),
            ]
        }
        env += [
            DockerKeyValue("UV_COMPILE_BYTECODE", "1"),
            DockerKeyValue("UV_LINK_MODE", "copy"),
            DockerKeyValue("UV_PROJECT_ENVIRONMENT", appDirectory + "/.venv"),
        ]
        if managedPython {
            env += [
                DockerKeyValue("UV_PYTHON_INSTALL_DIR", "/python"),
                DockerKeyValue("UV_PYTHON_PREFERENCE", "only-managed"),
            ]
        } else {
            env.append(DockerKeyValue("UV_PYTHON_DOWNLOADS", "never"))
        }
        out += [.env(env + frameworkEnv), .workdir(appDirectory)]
        var depsCommands: [String] = []
        if managedPython {
            depsCommands.append("uv python install " + ShellQuoting.quote(pythonVersion))
        }
        depsCommands.append("uv sync --frozen --no-install-project --no-dev")
        out += [
            .comment("Dependencies from the lockfile only: this layer is rebuilt when uv.lock changes, not on every source edit."),
            .run(depsCommands, mounts: [
                uvCache,
                .bind(source: "uv.lock", target: "uv.lock"),
                .bind(source: "pyproject.toml", target: "pyproject.toml"),
            ]),
            .copy(DockerCopy(["."], ".")),
            .comment(needsRust
                ? "The project itself: uv runs its maturin build backend, which compiles the Rust extension."
                : "The project itself, installed as a regular (non-editable) package."),
            .run(["uv sync --frozen --no-dev --no-editable"] + postInstall, mounts: [uvCache] + rustCaches),
        ]
        return out
    }

    private var runtimeEnv: [DockerKeyValue] {
        [
            DockerKeyValue("PYTHONDONTWRITEBYTECODE", "1"),
            DockerKeyValue("PYTHONUNBUFFERED", "1"),
            DockerKeyValue("PATH", appDirectory + "/.venv/bin:$PATH", expands: true),
            DockerKeyValue("PORT", String(port)),
        ] + frameworkEnv
    }

    func dockerfile() -> DockerfileDocument {
        var instructions = builderStage(managedPython: false)
        instructions += [
            .blank,
            .comment("Development and tests: development dependencies, sources bind-mounted by docker-compose.dev.yml."),
            .from(image: "builder", stage: "dev"),
            .run(["uv sync --frozen"], mounts: [uvCache] + rustCaches),
            .env(runtimeEnv),
            .cmd(devCommand),
            .blank,
            .comment(needsRust
                ? "Runtime: no compilers, no uv, no Rust toolchain; runs as an unprivileged numeric user."
                : "Runtime: no compilers, no uv; runs as an unprivileged numeric user."),
            .from(image: Images.python(pythonVersion), stage: "runtime"),
            .env(runtimeEnv),
            .workdir(appDirectory),
            .copy(DockerCopy([appDirectory], appDirectory, from: "builder")),
            .user(ContainerUser.spec),
            .expose([port]),
            .healthcheck(healthcheck),
            .cmd(serveCommand),
        ]
        return DockerfileDocument(header: header, instructions: instructions)
    }

    /// Distroless runtime: uv installs a relocatable CPython into `/python` in the builder; the runtime stage is
    /// `distroless/cc` with that interpreter and the virtual environment, and no shell at all.
    func hardenedDockerfile(header: [String]) -> DockerfileDocument {
        let venvBin = appDirectory + "/.venv/bin/"
        var check = healthcheck
        check.command[0] = venvBin + "python"
        var serve = serveCommand
        serve[0] = venvBin + serve[0]
        var instructions = builderStage(managedPython: true)
        instructions += [
            .blank,
            .comment("Runtime: distroless (no shell, no package manager); read-only root filesystem friendly."),
            .from(image: Images.distrolessCC, stage: "runtime"),
            .env(runtimeEnv),
            .workdir(appDirectory),
            .copy(DockerCopy(["/python"], "/python", from: "builder")),
            .copy(DockerCopy([appDirectory], appDirectory, from: "builder")),
            .user(ContainerUser.spec),
            .expose([port]),
            .healthcheck(check),
            .cmd(serve),
        ]
        return DockerfileDocument(header: header, instructions: instructions)
    }
}
