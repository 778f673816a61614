import DeploySyntax

/// DF003: `HEALTHCHECK` calls curl or wget (or needs `/bin/sh`) but the final image has none: the check fails
/// every time and the container is reported unhealthy.
public struct HealthcheckToolMissing: DockerfileRule {
    public let id = "DF003"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        guard let final = dockerfile.finalStage,
              let (image, profile) = dockerfile.baseProfile(ofStage: final.index),
              let baseTools = profile.tools else { return [] }
        let lineage = dockerfile.lineageInstructions(ofStage: final.index, .run, .copy, .add, .healthcheck)
        guard let healthcheck = lineage.last(where: { $0.keyword == .healthcheck }),
              healthcheck.healthcheck?.isNone == false, let command = healthcheck.command else { return [] }
        let installed = Self.installedTools(in: lineage)
        func available(_ tool: String) -> Bool { baseTools.contains(tool) || installed.contains(tool) }

        var probes: [(tool: String, range: SourceRange)] = []
        switch command {
        case .exec(let arguments, _):
            guard let first = arguments.first else { return [] }
            let name = ShellCommand.baseName(first.value)
            if name == "CMD-SHELL" { return [] }
            if ["curl", "wget"].contains(name) {
                probes.append((name, first.range))
            } else if let script = healthcheck.script {
                probes += Self.probes(in: script)
            }
        case .shell(_, let range):
            if !available("sh") {
                return [Violation(
                    range: range,
                    message: "this shell-form HEALTHCHECK runs through /bin/sh, but \(image.text) has no shell, so the check always fails: use the exec form, HEALTHCHECK CMD \(ShellFormEntrypoint.jsonSuggestion(healthcheck.script?.commands ?? []) ?? "[\"/app/healthcheck\"]")"
                )]
            }
            if let script = healthcheck.script { probes += Self.probes(in: script) }
        }
        guard let probe = probes.first(where: { !available($0.tool) }) else { return [] }
        return [Violation(
            range: probe.range,
            message: "HEALTHCHECK calls '\(probe.tool)', but \(image.text) does not include \(probe.tool) and the final stage never installs it, so the check always fails: \(Self.advice(for: profile, tool: probe.tool))"
        )]
    }

    static func probes(in script: ShellScript) -> [(tool: String, range: SourceRange)] {
        script.commands.compactMap { command in
            guard let word = command.unwrappedWords.first else { return nil }
            let name = ShellCommand.baseName(word.value)
            return ["curl", "wget"].contains(name) ? (name, word.range) : nil
        }
    }

    /// Tools a lineage installs with a package manager (and does not remove in the same RUN) or copies in.
    static func installedTools(in instructions: [DockerfileInstruction]) -> Set<String> {
        var tools = Set<String>()
        for instruction in instructions {
            switch instruction.keyword {
            case .run:
                guard let script = instruction.script else { continue }
                for installation in PackageLedger.installations(in: script) where !installation.removedLater {
                    switch installation.name {
                    case "curl", "wget", "bash": tools.insert(installation.name)
                    case "busybox", "busybox-static": tools.formUnion(["wget", "sh"])
                    case "dash": tools.insert("sh")
                    default: break
                    }
                }
            case .copy, .add:
                for word in instruction.pathArguments {
                    let name = ShellCommand.baseName(word.value)
                    if ["curl", "wget", "busybox", "sh"].contains(name) { tools.insert(name == "busybox" ? "wget" : name) }
                    if name == "busybox" { tools.insert("sh") }
                }
            default:
                break
            }
        }
        return tools
    }

    static func advice(for profile: BaseImageProfile, tool: String) -> String {
        let install = profile.packageFormat == "apk"
            ? "install it ('apk add --no-cache \(tool)')"
            : "install it ('apt-get install -y --no-install-recommends \(tool)')"
        if profile.tools?.contains("python") == true {
            return "probe with the Python already in the image, e.g. HEALTHCHECK CMD [\"python3\", \"-c\", \"import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')\"], or \(install)"
        }
        if profile.tools?.contains("node") == true {
            return "probe with Node, e.g. HEALTHCHECK CMD [\"node\", \"-e\", \"fetch('http://127.0.0.1:3000/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))\"], or \(install)"
        }
        if profile.tools?.contains("wget") == true && tool == "curl" {
            return "use the BusyBox wget it has ('wget -q --spider http://127.0.0.1:8080/health') or \(install)"
        }
        if profile.packageFormat == nil {
            return "ship a small static health-check binary and call it in exec form"
        }
        return install
    }
}
