import DeploySyntax

/// DF029: `useradd -u <high UID>` without `-l`: useradd writes a sparse `/var/log/lastlog` of UID × 292 bytes,
/// which the layer stores in full.
public struct UseraddWithoutNoLogInit: DockerfileRule {
    public let id = "DF029"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for (_, script) in dockerfile.runScripts(includingTriggers: true) {
            for command in script.commands where command.effectiveName == "useradd" {
                let words = Array(command.unwrappedWords.dropFirst())
                if words.contains(where: { $0.value == "-l" || $0.value == "--no-log-init" || Self.isShortCluster($0.value, with: "l") }) { continue }
                guard let (uid, word) = Self.uid(in: words), uid >= 10_000 else { continue }
                let megabytes = max(1, (uid * 292 + 500_000) / 1_000_000)
                violations.append(Violation(
                    range: word.range,
                    message: "useradd with UID \(uid) and without -l writes a ~\(megabytes) MB /var/log/lastlog into the layer: add -l (--no-log-init)",
                    severity: uid >= 100_000 ? nil : .note
                ))
            }
        }
        return violations
    }

    static func isShortCluster(_ value: String, with letter: Character) -> Bool {
        value.hasPrefix("-") && !value.hasPrefix("--") && value.count > 2 && value.dropFirst().allSatisfy(\.isLetter) && value.contains(letter)
    }

    /// The numeric UID given with `-u N`, `-uN`, `--uid N` or `--uid=N`.
    static func uid(in words: [ShellWord]) -> (Int, ShellWord)? {
        for (i, word) in words.enumerated() {
            let v = word.value
            if (v == "-u" || v == "--uid"), i + 1 < words.count, let n = Int(words[i + 1].value) { return (n, words[i + 1]) }
            if v.hasPrefix("--uid="), let n = Int(v.dropFirst(6)) { return (n, word) }
            if v.hasPrefix("-u"), !v.hasPrefix("--"), v.count > 2, let n = Int(v.dropFirst(2)) { return (n, word) }
        }
        return nil
    }
}
