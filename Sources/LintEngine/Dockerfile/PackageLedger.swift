/// A package a `RUN` installs, and whether the same `RUN` removes it again (so it never reaches a layer).
public struct PackageInstallation: Sendable {
    public var name: String
    public var word: ShellWord
    public var manager: PackageManagerCommand.Manager
    /// True when the same script removes it later: `apt-get purge gcc`, `apk del .build-deps` for a package added
    /// with `--virtual .build-deps`, or the `apt-mark auto '.*' … apt-get purge --auto-remove` idiom.
    public var removedLater: Bool
    /// True when installed without `--no-install-recommends` (apt only).
    public var withRecommends: Bool
}

/// Reads which packages a script installs and removes.
public enum PackageLedger {
    public static func installations(in script: ShellScript) -> [PackageInstallation] {
        let invocations = PackageManagerCommand.find(in: script)
        guard invocations.contains(where: \.installs) else { return [] }
        var result: [PackageInstallation] = []
        // apk --virtual groups: group name -> indices in `result`.
        var virtualGroups: [String: [Int]] = [:]
        for invocation in invocations {
            if invocation.installs && invocation.manager != .pip {
                let recommends = (invocation.manager == .aptGet || invocation.manager == .apt)
                    && !invocation.hasOption("--no-install-recommends")
                    && !invocation.optionValues("-o").contains { $0.value.lowercased().hasPrefix("apt::install-recommends=") && ["false", "0"].contains($0.value.lowercased().split(separator: "=").last.map(String.init) ?? "") }
                let virtual = invocation.manager == .apk ? invocation.optionValues("-t", "--virtual").first?.value : nil
                for package in invocation.packages {
                    if let virtual { virtualGroups[virtual, default: []].append(result.count) }
                    result.append(PackageInstallation(
                        name: package.name, word: package.word, manager: invocation.manager, removedLater: false,
                        withRecommends: recommends
                    ))
                }
            } else if invocation.installs && invocation.manager == .pip {
                for package in invocation.packages {
                    result.append(PackageInstallation(
                        name: package.name, word: package.word, manager: .pip, removedLater: false, withRecommends: false
                    ))
                }
            } else if invocation.removes {
                let names = Set(invocation.packages.map(\.name))
                for i in result.indices where !result[i].removedLater && names.contains(result[i].name) {
                    result[i].removedLater = true
                }
                if invocation.manager == .apk {
                    for name in names { for i in virtualGroups[name] ?? [] { result[i].removedLater = true } }
                }
                // `apt-mark auto '.*'` (or `apt-mark auto <pkgs>`) then `apt-get purge --auto-remove`/`autoremove`:
                // everything installed before the mark is removed except what is marked manual again.
                let autoRemoves = invocation.action == "autoremove" || invocation.hasOption("--auto-remove", "--autoremove")
                if autoRemoves && (invocation.manager == .aptGet || invocation.manager == .apt),
                   let markIndex = script.commands[..<invocation.commandIndex].lastIndex(where: isAptMarkAuto) {
                    for i in result.indices where (result[i].manager == .aptGet || result[i].manager == .apt)
                        && result[i].word.range.start < script.commands[markIndex].range.start {
                        result[i].removedLater = true
                    }
                }
            }
        }
        return result
    }

    private static func isAptMarkAuto(_ command: ShellCommand) -> Bool {
        let words = command.unwrappedWords
        guard words.count >= 2, words.first.map({ ShellCommand.baseName($0.value) }) == "apt-mark" else { return false }
        return words[words.startIndex + 1].value == "auto"
    }
}
