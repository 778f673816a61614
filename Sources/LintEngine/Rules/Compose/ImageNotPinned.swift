import DeploySyntax

/// DC008: an image without a tag or tagged `latest`: every pull may bring a different image.
public struct ImageNotPinned: ComposeRule {
    public let id = "DC008"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        for service in compose.services {
            // With `build`, `image` names what is built, not what is pulled.
            guard service.build == nil, let image = service.image, let text = image.resolvedText,
                  let reference = ComposeImageReference(parsing: text), reference.digest == nil else { continue }
            let viaDefault = image.isInterpolated ? " (through the variable's default)" : ""
            if reference.tag == nil {
                out.append(Violation(
                    range: image.range,
                    message: "service '\(service.name)' uses image '\(text)' without a tag\(viaDefault), which means 'latest': each pull may bring a different version; pin a version tag such as '\(reference.repository):<version>' (and a digest for reproducible deploys)"))
            } else if ScalarText.lower(reference.tag ?? "") == "latest" {
                out.append(Violation(
                    range: image.range,
                    message: "service '\(service.name)' uses image '\(text)'\(viaDefault): 'latest' moves with every release; pin a version tag (and a digest for reproducible deploys)"))
            }
        }
        return out
    }
}
