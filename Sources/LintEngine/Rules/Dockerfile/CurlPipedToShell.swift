import DeploySyntax

/// DF014: a script downloaded with curl/wget is run straight through a shell, unverified.
public struct CurlPipedToShell: DockerfileRule {
    public let id = "DF014"

    public init() {}

    static let downloaders: Set<String> = ["curl", "wget"]
    static let shells: Set<String> = ["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"]

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for (_, script) in dockerfile.runScripts(includingTriggers: true) {
            let commands = script.commands
            for (i, command) in commands.enumerated() {
                guard let name = command.effectiveName, Self.shells.contains(name),
                      let shellWord = command.unwrappedWords.first else { continue }
                // curl … | sh
                if command.separatorBefore.isPipe,
                   let download = commands[..<i].last(where: { $0.pipelineID == command.pipelineID && Self.downloaders.contains($0.effectiveName ?? "") }) {
                    violations.append(violation(shellWord, download: download, form: "'\(download.effectiveName!) … | \(name)'"))
                    continue
                }
                // sh -c "$(curl …)"
                if command.words.contains(where: { w in Self.downloaders.contains { w.value.utf8Contains("$(\($0) ") || w.value.utf8Contains("`\($0) ") } }) {
                    let download = commands[..<i].last { $0.context == .commandSubstitution && Self.downloaders.contains($0.effectiveName ?? "") }
                    violations.append(violation(shellWord, download: download, form: "'\(name) -c \"$(curl …)\"'"))
                    continue
                }
                // bash <(curl …)
                if command.separatorAfter == .openSubshell, command.redirections.contains(where: { $0.operatorText == "<" && $0.target == nil }),
                   i + 1 < commands.count, Self.downloaders.contains(commands[i + 1].effectiveName ?? "") {
                    violations.append(violation(shellWord, download: commands[i + 1], form: "'\(name) <(curl …)'"))
                }
            }
        }
        return violations
    }

    private func violation(_ shellWord: ShellWord, download: ShellCommand?, form: String) -> Violation {
        let url = download?.words.first { $0.value.utf8Contains("://") }?.value
        let what = url.map { "'\($0)'" } ?? "the downloaded script"
        return Violation(
            range: shellWord.range,
            message: "\(form) runs \(what) without verifying it: download it to a file, check its sha256 (or signature), then run it"
        )
    }
}
