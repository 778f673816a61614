import DeploySyntax

/// DF001: the container of the final stage runs as root — no `USER` in its lineage, or the last one is root/0.
public struct FinalStageRunsAsRoot: DockerfileRule {
    public let id = "DF001"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        guard let final = dockerfile.finalStage else { return [] }
        let lastUser = dockerfile.lineageInstructions(ofStage: final.index, .user).last
        if let user = lastUser {
            let (value, complete) = dockerfile.expand(user.argumentText, at: user)
            guard complete else { return [] }
            let name = value.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? value
            guard name == "root" || name == "0" else { return [] }
            return [Violation(
                range: user.argumentRange,
                message: "the final stage runs as root: 'USER \(user.argumentText)' is the last USER; switch to a non-root user after the steps that need root, e.g. 'USER 10001'"
            )]
        }
        if let image = dockerfile.rootImage(ofStage: final.index), Self.baseRunsAsNonRoot(image) { return [] }
        return [Violation(
            range: dockerfile.anchorRange(of: final),
            message: "the final stage (\(dockerfile.fromDescription(of: final))) never sets USER, so the container runs as root: add 'USER 10001' (a numeric UID above 10000) after the last RUN"
        )]
    }

    /// Bases whose default user is already non-root.
    static func baseRunsAsNonRoot(_ image: ImageReference) -> Bool {
        let repository = image.normalizedRepository
        let tag = (image.tag ?? "").lowercased()
        if repository.hasPrefix("gcr.io/distroless/") && tag.utf8Contains("nonroot") { return true }
        if repository.hasPrefix("cgr.dev/chainguard/") && !tag.utf8Contains("dev") { return true }
        return false
    }
}
