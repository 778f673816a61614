/// Turns a `StackPlan` into the container files: Dockerfiles, Compose files, Caddyfile, `.env.example` and
/// `DEPLOYMENT.md`. Pure: the same plan always gives the same files, byte for byte, in the same order.
public enum ContainerStackGenerator {
    /// Every file for the plan, or only those of the given categories (`generate --only`).
    public static func files(for plan: StackPlan, only categories: Set<OutputCategory>? = nil) -> [GeneratedFile] {
        let profile = FrameworkProfiles.profile(for: plan)
        let compose = ComposeRenderer(profile: profile).files()
        var files = DockerRenderer(profile: profile).files()
        files += compose
        files.append(CaddyRenderer(profile: profile).file())
        files.append(LintConfigRenderer(plan: plan).file())
        let composeOnly = compose.filter { $0.path.hasPrefix("docker-compose") }
        files.append(EnvRenderer(profile: profile).file(composeFiles: composeOnly))
        files.append(DocsRenderer(profile: profile, files: files).file())
        let selected = categories.map { wanted in files.filter { wanted.contains($0.category) } } ?? files
        return selected.sorted { $0.path < $1.path }
    }
}
