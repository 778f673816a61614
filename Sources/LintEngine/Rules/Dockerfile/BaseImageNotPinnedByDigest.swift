import DeploySyntax

/// DF005: a `FROM` image pinned by tag only. Tags are mutable; a digest is not. (Unpinned tags are DF004's.)
public struct BaseImageNotPinnedByDigest: DockerfileRule {
    public let id = "DF005"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for stage in dockerfile.stages {
            guard let image = stage.baseImage, !image.isScratch, image.digest == nil, !image.isUnpinnedTag,
                  let from = dockerfile.fromInstruction(of: stage).from else { continue }
            violations.append(Violation(
                range: from.imageWord.range,
                message: "base image '\(image.text)' is pinned by tag only, and a tag can be re-pushed: pin its digest too ('\(image.text)@sha256:…') and let Renovate or Dependabot update it"
            ))
        }
        return violations
    }
}
