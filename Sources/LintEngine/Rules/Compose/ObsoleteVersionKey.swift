import DeploySyntax

/// DC019: the top-level `version:` is obsolete in the compose specification; Compose ignores it and warns.
public struct ObsoleteVersionKey: ComposeRule {
    public let id = "DC019"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        guard let version = compose.version else { return [] }
        return [Violation(
            range: version.pairRange,
            message: "the top-level `version: \(version.text)` is obsolete: Compose ignores it (and prints a warning) and applies the compose specification; remove the line")]
    }
}
