/// What the Python frameworks (Django, FraiseQL) share: the uv-based image (`PythonImage`) with the same
/// interpreter-only health probe, the Python `.dockerignore` patterns, and the virtual environment kept in
/// development. Each framework says what differs: Rust for maturin, post-install steps, settings, header.
protocol PythonAppProfile: FrameworkProfile {
    /// Copy a Rust toolchain into the builder so maturin can compile extensions.
    var needsRust: Bool { get }
    /// Commands run after the project is installed, in the same RUN (e.g. collectstatic).
    var postInstall: [String] { get }
    /// Variables of the builder, dev and runtime stages (framework settings).
    var frameworkEnv: [DockerKeyValue] { get }
    /// The Dockerfile's header: the generated notice and what the image does.
    var header: [String] { get }
    /// `.dockerignore` patterns beyond the Python ones.
    var frameworkDockerignore: [String] { get }
}

extension PythonAppProfile {
    var appDirectory: String { "/app" }

    var image: PythonImage {
        PythonImage(
            pythonVersion: plan.runtimeVersion, appDirectory: appDirectory, needsRust: needsRust,
            postInstall: postInstall, frameworkEnv: frameworkEnv, serveCommand: serveCommand, devCommand: devCommand,
            healthcheck: DockerHealthcheck(
                interval: "\(plan.healthIntervalSeconds)s", timeout: "\(healthTimeout)s", startPeriod: "20s",
                retries: 3, command: pythonProbe("python")),
            port: port, header: header)
    }

    func dockerfile() -> DockerfileDocument { image.dockerfile() }
    func hardenedDockerfile() -> DockerfileDocument { image.hardenedDockerfile(header: header) }

    var dockerignore: [String] {
        ["**/__pycache__/", "**/*.py[cod]", ".venv/", ".pytest_cache/", ".mypy_cache/", ".ruff_cache/", "htmlcov/",
         ".coverage"] + frameworkDockerignore
    }

    var healthcheckCommand: [String] { pythonProbe("python") }
    var writablePaths: [String] { ["/tmp"] }
    var preservedDevPaths: [String] { [appDirectory + "/.venv"] }
}
