import DeploySyntax

/// DC001: `privileged: true` gives the container every capability and the host's devices.
public struct PrivilegedService: ComposeRule {
    public let id = "DC001"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        compose.services.compactMap { service in
            guard let flag = service.privileged, flag.bool == true else { return nil }
            return Violation(
                range: flag.pairRange,
                message: "service '\(service.name)' runs privileged: the container gets every capability and the host's devices, so a compromise of it is a compromise of the host; remove `privileged: true` and add only the capabilities it needs with `cap_add`")
        }
    }
}
