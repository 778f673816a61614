/// A package-manager invocation found in a shell command: `apt-get install -y curl`, `apk add --no-cache gcc`,
/// `pip install --no-cache-dir -r requirements.txt`, `python3 -m pip install x`, `dnf install -y make`.
public struct PackageManagerCommand: Sendable {
    public enum Manager: String, Sendable {
        case aptGet = "apt-get", apt, aptitude, apk, yum, dnf, microdnf, tdnf, zypper, pip
    }

    public var manager: Manager
    /// Index of the command in its `ShellScript`.
    public var commandIndex: Int
    /// The word naming the manager (`apt-get`, or `pip` in `python -m pip`).
    public var managerWord: ShellWord
    /// `install`, `add`, `update`, `purge`…; nil when only options were given.
    public var subcommand: ShellWord?
    /// Option words (`-y`, `--no-cache`, `-o`), anywhere after the manager, in order.
    public var options: [ShellWord]
    /// Operands after the subcommand that are not options or option values: package names, usually.
    public var operands: [ShellWord]

    /// The subcommand in lowercase ("" when none).
    public var action: String { subcommand?.value.lowercased() ?? "" }

    /// True when any option equals one of `names` (`--no-cache`), or for a short option, when a cluster holds
    /// its letter (`-qy` has `-y`).
    public func hasOption(_ names: String...) -> Bool {
        for option in options {
            let v = option.value
            for name in names {
                if v == name { return true }
                if name.hasPrefix("--"), v.hasPrefix(name + "=") { return true }
                if name.count == 2, name.hasPrefix("-"), !v.hasPrefix("--"), v.hasPrefix("-"),
                   let letter = name.last, v.dropFirst().contains(letter), v.dropFirst().allSatisfy(\.isLetter) {
                    return true
                }
            }
        }
        return false
    }

    /// The values given to an option that takes one (`-o X`, `--virtual=.deps`, `-t .deps`).
    public func optionValues(_ names: String...) -> [ShellWord] {
        var values: [ShellWord] = []
        for (i, option) in options.enumerated() {
            for name in names {
                if option.value == name, let next = optionArguments[i] {
                    values.append(next)
                } else if name.hasPrefix("--"), option.value.hasPrefix(name + "=") {
                    var w = option
                    w.value = String(option.value.dropFirst(name.count + 1))
                    values.append(w)
                }
            }
        }
        return values
    }

    /// For each option (by index), the separate word it consumed as its value, if any.
    var optionArguments: [Int: ShellWord]

    // MARK: - Finding invocations

    private static let optionsWithArgument: [Manager: Set<String>] = [
        .aptGet: ["-o", "-c", "-t", "--target-release", "--default-release", "--config-file", "--option"],
        .apt: ["-o", "-c", "-t", "--target-release", "--option"],
        .aptitude: ["-o", "-t", "--target-release", "-F", "-w"],
        .apk: ["-X", "--repository", "-t", "--virtual", "-p", "--root", "--arch", "--cache-dir", "--keys-dir", "--repositories-file"],
        .yum: ["-c", "--config", "--installroot", "--releasever", "-x", "--exclude", "--enablerepo", "--disablerepo", "--setopt"],
        .dnf: ["-c", "--config", "--installroot", "--releasever", "-x", "--exclude", "--enablerepo", "--disablerepo", "--setopt", "--repo"],
        .microdnf: ["--config", "--installroot", "--releasever", "--enablerepo", "--disablerepo", "--setopt"],
        .tdnf: ["-c", "--config", "--installroot", "--releasever", "--enablerepo", "--disablerepo"],
        .zypper: ["-r", "--repo", "--root", "-R"],
        .pip: [
            "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url",
            "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--trusted-host", "--platform",
            "--python-version", "--implementation", "--abi", "--src", "--upgrade-strategy", "--progress-bar",
            "--cache-dir", "--log", "--proxy", "--retries", "--timeout", "--exists-action", "--cert", "--client-cert",
            "--global-option", "--config-settings", "-C", "--no-binary", "--only-binary", "--report", "--python",
        ],
    ]

    /// Every package-manager invocation in a script, in order.
    public static func find(in script: ShellScript) -> [PackageManagerCommand] {
        script.packageCommands
    }

    init?(command: ShellCommand, index: Int) {
        guard let name = command.effectiveName, name.hasPrefix("ap") || name.hasPrefix("pip") || name.hasPrefix("py")
            || name.hasSuffix("dnf") || name.hasPrefix("dnf") || name == "yum" || name == "zypper" else { return nil }
        var words = command.unwrappedWords
        guard let first = words.first else { return nil }
        var manager: Manager
        var managerWord = first
        switch name {
        case "apt-get": manager = .aptGet
        case "apt": manager = .apt
        case "aptitude": manager = .aptitude
        case "apk": manager = .apk
        case "yum": manager = .yum
        case "dnf", "dnf5": manager = .dnf
        case "microdnf": manager = .microdnf
        case "tdnf": manager = .tdnf
        case "zypper": manager = .zypper
        default:
            if Self.isPipName(name) {
                manager = .pip
            } else if Self.isPythonName(name), words.count >= 3,
                      words[words.startIndex + 1].value == "-m", Self.isPipName(words[words.startIndex + 2].value) {
                manager = .pip
                managerWord = words[words.startIndex + 2]
                words = words.dropFirst(2)
            } else {
                return nil
            }
        }
        self.manager = manager
        self.commandIndex = index
        self.managerWord = managerWord
        let takesArgument = Self.optionsWithArgument[manager] ?? []
        var subcommand: ShellWord?
        var options: [ShellWord] = []
        var operands: [ShellWord] = []
        var optionArguments: [Int: ShellWord] = [:]
        var rest = words.dropFirst()
        while let word = rest.first {
            rest = rest.dropFirst()
            let v = word.value
            if v.hasPrefix("-") && v.count > 1 {
                options.append(word)
                if takesArgument.contains(v), let value = rest.first {
                    optionArguments[options.count - 1] = value
                    rest = rest.dropFirst()
                }
                continue
            }
            if subcommand == nil {
                subcommand = word
            } else {
                operands.append(word)
            }
        }
        self.subcommand = subcommand
        self.options = options
        self.operands = operands
        self.optionArguments = optionArguments
    }

    static func isPipName(_ name: String) -> Bool {
        guard name.hasPrefix("pip") else { return false }
        let rest = name.dropFirst(3)
        return rest.allSatisfy { $0.isNumber || $0 == "." }
    }

    static func isPythonName(_ name: String) -> Bool {
        guard name.hasPrefix("python") else { return false }
        let rest = name.dropFirst(6)
        return rest.allSatisfy { $0.isNumber || $0 == "." }
    }

    /// True for `install`-like actions that add packages.
    public var installs: Bool {
        switch manager {
        case .apk: return action == "add"
        case .pip: return action == "install"
        case .zypper: return action == "install" || action == "in"
        default: return action == "install"
        }
    }

    /// True for actions that remove packages (`purge`, `remove`, `autoremove`, `del`, `erase`).
    public var removes: Bool {
        switch manager {
        case .apk: return action == "del"
        case .pip: return action == "uninstall"
        default: return ["purge", "remove", "autoremove", "erase", "rm"].contains(action)
        }
    }

    /// Package names among the operands: `curl` from `curl=8.5.0-2`, `gcc` from `gcc>=12`, without options and
    /// without pip requirement files. Words with expansions (`$PKGS`) are skipped.
    public var packages: [(name: String, word: ShellWord)] {
        var result: [(String, ShellWord)] = []
        for word in operands where !word.hasExpansion {
            var name = word.value
            if manager == .pip {
                if name.hasPrefix(".") || name.hasPrefix("/") || name.utf8Contains("://") || name.hasSuffix(".whl") { continue }
                if let cut = name.firstIndex(where: { "=<>!~[;@ ".contains($0) }) { name = String(name[..<cut]) }
                name = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
            } else {
                if let cut = name.firstIndex(where: { $0 == "=" || $0 == ">" || $0 == "<" || $0 == "~" }) {
                    name = String(name[..<cut])
                }
                if manager == .aptGet || manager == .apt, let colon = name.firstIndex(of: ":") {
                    name = String(name[..<colon])  // curl:amd64
                }
                if name.hasSuffix("/") { continue }
            }
            if !name.isEmpty { result.append((name, word)) }
        }
        return result
    }
}
