import DeploySyntax

/// DF009: `apt-get install` without `--no-install-recommends` in the final image.
public struct AptInstallRecommends: DockerfileRule {
    public let id = "DF009"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        guard let final = dockerfile.finalStage else { return [] }
        var violations: [Violation] = []
        var configured = false
        for instruction in dockerfile.lineageInstructions(ofStage: final.index, .run, .copy, .add) {
            // A config file that turns recommends off for every later install.
            if instruction.keyword == .copy || instruction.keyword == .add,
               instruction.copyDestination?.value.hasPrefix("/etc/apt/apt.conf") == true {
                configured = true
            }
            guard instruction.keyword == .run, let script = instruction.script else { continue }
            if script.commands.contains(where: { $0.words.contains { $0.value.utf8Contains("Install-Recommends") } }) {
                if Self.disablesRecommendsGlobally(script) { configured = true }
            }
            if configured { continue }
            for invocation in PackageManagerCommand.find(in: script) {
                guard invocation.manager == .aptGet || invocation.manager == .apt, invocation.installs,
                      !invocation.packages.isEmpty, let subcommand = invocation.subcommand else { continue }
                if invocation.hasOption("--no-install-recommends") { continue }
                if invocation.optionValues("-o", "--option").contains(where: { Self.isRecommendsOff($0.value) }) { continue }
                violations.append(Violation(
                    range: subcommand.range,
                    message: "'\(invocation.managerWord.value) install' without --no-install-recommends also installs recommended packages, often tens of MB the image never uses: add --no-install-recommends"
                ))
            }
        }
        return violations
    }

    static func isRecommendsOff(_ option: String) -> Bool {
        let lower = option.lowercased()
        guard lower.hasPrefix("apt::install-recommends=") else { return false }
        return ["false", "0", "no", "off"].contains(lower.split(separator: "=").last.map(String.init) ?? "")
    }

    /// `echo 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/…` in an earlier RUN.
    static func disablesRecommendsGlobally(_ script: ShellScript) -> Bool {
        script.commands.contains { command in
            command.words.contains { word in
                let v = word.value.lowercased()
                return v.utf8Contains("install-recommends") && (v.utf8Contains("\"0\"") || v.utf8Contains("false") || v.utf8Contains(" 0"))
            } && command.redirections.contains { $0.target?.value.hasPrefix("/etc/apt/apt.conf") == true }
        }
    }
}
