import DeploySyntax

/// DC012: no `no-new-privileges:true` in `security_opt`: setuid binaries can still raise privileges.
public struct PrivilegeEscalationAllowed: ComposeRule {
    public let id = "DC012"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        compose.services.compactMap { service in
            var explicitFalse: ScalarSetting?
            for option in service.securityOpt {
                let text = ScalarText.lower(ScalarText.trimBlanks(option.text))
                guard text.hasPrefix("no-new-privileges") else { continue }
                let value = text.dropFirst("no-new-privileges".count).drop { $0 == ":" || $0 == "=" }
                if value.isEmpty || value == "true" { return nil }
                explicitFalse = option
            }
            if let explicitFalse {
                return Violation(
                    range: explicitFalse.range,
                    message: "service '\(service.name)' turns `no-new-privileges` off: setuid binaries in the image can raise a process to root; use `no-new-privileges:true`")
            }
            guard !compose.mayInheritSettings(service), service.privileged?.bool != true else { return nil }
            return Violation(
                range: service.nameRange,
                message: "service '\(service.name)' does not set `security_opt: [\"no-new-privileges:true\"]`: setuid binaries in the image can raise a process's privileges; add it")
        }
    }
}
