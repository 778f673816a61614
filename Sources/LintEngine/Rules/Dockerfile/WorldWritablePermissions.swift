import DeploySyntax

/// DF022: `chmod 777` (or any mode that lets every user write) in RUN, or `COPY/ADD --chmod=777`.
/// Modes with the sticky bit (`1777`, `+t`), the usual for shared temp directories, are left alone.
public struct WorldWritablePermissions: DockerfileRule {
    public let id = "DF022"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for instruction in dockerfile.instructions(.copy, .add) {
            guard let flag = instruction.flag("chmod"), let mode = flag.value, Self.isWorldWritable(mode) else { continue }
            violations.append(Violation(
                range: flag.valueRange ?? flag.range,
                message: "--chmod=\(mode) makes the copied files writable by every user in the container: use --chmod=755 (or 644 for data) and --chown to the app user"
            ))
        }
        for (_, script) in dockerfile.runScripts(includingTriggers: true) {
            for (index, command) in script.commands.enumerated() where command.effectiveName == "chmod" {
                let words = command.unwrappedWords.dropFirst()
                guard let mode = words.first(where: { !$0.value.hasPrefix("-") || Self.isSymbolicMode($0.value) }),
                      Self.isWorldWritable(mode.value) else { continue }
                let targets = words.drop { $0 != mode }.dropFirst().map(\.value)
                // A scratch directory deleted later in the same RUN never reaches the image.
                if !targets.isEmpty, targets.allSatisfy({ target in
                    script.commands[(index + 1)...].contains { $0.effectiveName == "rm" && $0.words.contains { $0.value == target } }
                }) { continue }
                let target = targets.first.map { " '\($0)'" } ?? ""
                violations.append(Violation(
                    range: mode.range,
                    message: "chmod \(mode.value) makes\(target) writable by every user in the container: use 755 (750 if only the app user needs it) and chown the path to the app user"
                ))
            }
        }
        return violations
    }

    static func isSymbolicMode(_ value: String) -> Bool {
        // `-w` style modes start with '-': treat `-rwx`-like words as modes, not options.
        value.count > 1 && value.dropFirst().allSatisfy { "rwxXst".contains($0) }
    }

    /// True for octal modes whose "others" digit has the write bit and no sticky bit, and for symbolic modes
    /// that grant `w` to `o` or `a`.
    static func isWorldWritable(_ mode: String) -> Bool {
        if !mode.isEmpty, mode.allSatisfy({ $0 >= "0" && $0 <= "7" }) {
            guard mode.count >= 3, mode.count <= 4, let others = mode.last?.wholeNumberValue else { return false }
            let special = mode.count == 4 ? mode.first?.wholeNumberValue ?? 0 : 0
            return others & 2 != 0 && special & 1 == 0
        }
        var worldWritable = false
        var sticky = false
        for clause in mode.split(separator: ",") {
            guard let opIndex = clause.firstIndex(where: { $0 == "+" || $0 == "=" || $0 == "-" }) else { continue }
            let who = clause[..<opIndex]
            let op = clause[opIndex]
            let perms = clause[clause.index(after: opIndex)...]
            guard op != "-" else { continue }
            if perms.contains("t") { sticky = true }
            if (who.contains("a") || who.contains("o")) && perms.contains("w") { worldWritable = true }
        }
        return worldWritable && !sticky
    }
}
