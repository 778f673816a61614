import DeploySyntax

/// DF016: a RUN that starts with `cd dir`: `WORKDIR` says the same thing once, for every later instruction.
public struct CdInsteadOfWorkdir: DockerfileRule {
    public let id = "DF016"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for (instruction, script) in dockerfile.runScripts() where !(instruction.command?.isExec ?? true) {
            let top = script.commands.filter { $0.context == .commandLine && $0.subshellDepth == 0 }
            guard let firstIndex = top.firstIndex(where: { !Self.isPreamble($0) }) else { continue }
            let first = top[firstIndex]
            guard first.effectiveName == "cd", first.separatorAfter != .or,
                  first.unwrappedWords.count == 2, let target = first.unwrappedWords.last, target.value != "-",
                  Self.workdirCanSay(target) else { continue }
            let alone = top.count == firstIndex + 1
            let message = alone
                ? "'cd \(target.value)' alone does nothing: every RUN starts in the WORKDIR again; use 'WORKDIR \(target.value)'"
                : "RUN starts with 'cd \(target.value)': use 'WORKDIR \(target.value)' before it, so this and later instructions run there and the intent is visible"
            violations.append(Violation(range: first.range, message: message))
        }
        return violations
    }

    /// WORKDIR substitutes only `$VAR` and `${VAR}`: a target with `$(…)` or `${VAR%…}` needs the shell.
    static func workdirCanSay(_ target: ShellWord) -> Bool {
        guard target.hasExpansion else { return true }
        let v = target.value
        if v.utf8Contains("$(") || v.utf8Contains("`") { return false }
        var inBraces = false
        for c in v {
            if c == "{" { inBraces = true } else if c == "}" { inBraces = false }
            else if inBraces, "%#/:^,".contains(c) { return false }
        }
        return true
    }

    /// `set -eux`, `export X=1`, bare assignments: lines that set up the shell before the work starts.
    static func isPreamble(_ command: ShellCommand) -> Bool {
        guard let name = command.effectiveName else { return true }
        return name == "set" || name == "export" || name == "shopt" || name == "umask"
    }
}
