import DeploySyntax

/// DC011: `user: root` (or UID 0) runs the container's processes as root.
public struct ServiceRunsAsRoot: ComposeRule {
    public let id = "DC011"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        compose.services.compactMap { service in
            guard let user = service.user, let text = user.resolvedText else { return nil }
            let name = ScalarText.trimBlanks(text).split(separator: ":", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard name == "root" || name == "0" else { return nil }
            return Violation(
                range: user.range,
                message: "service '\(service.name)' runs as root (`user: \(text)`): a process escaping the application has root's power over the container and its mounts; run as an unprivileged numeric UID such as `user: \"10001:10001\"`")
        }
    }
}
