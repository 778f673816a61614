/// `Dockerfile`, `Dockerfile.hardened` and their ignore files.
///
/// The build context is the application's folder (the parent of the output directory), so Docker reads the
/// ignore file next to each Dockerfile (`Dockerfile.dockerignore`, BuildKit's per-Dockerfile ignore file);
/// `.dockerignore` holds the same patterns for builds run with the output directory as context.
struct DockerRenderer {
    let plan: StackPlan
    let profile: any FrameworkProfile

    init(profile: any FrameworkProfile) {
        self.plan = profile.plan
        self.profile = profile
    }

    static let dockerfile = "Dockerfile"
    static let hardenedDockerfile = "Dockerfile.hardened"

    func files() -> [GeneratedFile] {
        let ignore = dockerignore()
        return [
            GeneratedFile(path: Self.dockerfile, contents: DockerfileWriter.render(profile.dockerfile()), category: .docker),
            GeneratedFile(path: Self.hardenedDockerfile, contents: DockerfileWriter.render(profile.hardenedDockerfile()), category: .docker),
            GeneratedFile(path: ".dockerignore", contents: ignore, category: .docker),
            GeneratedFile(path: Self.dockerfile + ".dockerignore", contents: ignore, category: .docker),
            GeneratedFile(path: Self.hardenedDockerfile + ".dockerignore", contents: ignore, category: .docker),
        ]
    }

    func dockerignore() -> String {
        var lines = GeneratedHeader.lines.map { "# " + $0 }
        lines += [
            "# Keeps secrets, VCS data, local environments and build output out of the build context.",
            "",
            "# Version control and editors",
            ".git/",
            ".gitignore",
            ".idea/",
            ".vscode/",
            "**/.DS_Store",
            "",
            "# Secrets and local configuration: never baked into an image",
            "**/.env",
            "**/.env.*",
            "**/*.pem",
            "**/*.key",
            "",
            "# Deployment files (the generated ones included: they are not part of the app)",
        ]
        if plan.layout.outputFromContext != "." { lines.append(plan.layout.outputFromContext + "/") }
        lines += [
            "Dockerfile*",
            "docker-compose*.yml",
            "",
            "# \(profile.displayName) build output, caches and dependencies installed on the host",
        ]
        lines += profile.dockerignore
        return lines.joined(separator: "\n") + "\n"
    }
}
