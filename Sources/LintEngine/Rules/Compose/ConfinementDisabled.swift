import DeploySyntax

/// DC022: `security_opt` turns off seccomp, AppArmor or SELinux confinement.
public struct ConfinementDisabled: ComposeRule {
    public let id = "DC022"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        for service in compose.services {
            for option in service.securityOpt {
                let text = ScalarText.lower(ScalarText.trimBlanks(option.text))
                let parts = text.split(maxSplits: 1, whereSeparator: { $0 == ":" || $0 == "=" }).map(String.init)
                guard parts.count == 2 else { continue }
                let what: String?
                switch (parts[0], parts[1]) {
                case ("seccomp", "unconfined"): what = "the seccomp filter that blocks dangerous system calls"
                case ("apparmor", "unconfined"): what = "the AppArmor profile"
                case ("label", "disable"): what = "SELinux labelling"
                case ("systempaths", "unconfined"): what = "the masking of sensitive /proc and /sys paths"
                default: what = nil
                }
                guard let what else { continue }
                out.append(Violation(
                    range: option.range,
                    message: "service '\(service.name)' disables \(what) (`\(option.text)`): remove it, or use a custom profile that allows only what the service needs"))
            }
        }
        return out
    }
}
