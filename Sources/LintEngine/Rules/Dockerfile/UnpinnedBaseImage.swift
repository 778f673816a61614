import DeploySyntax

/// DF004: a `FROM` image without a tag, or with `latest`, so the base changes whenever upstream pushes.
public struct UnpinnedBaseImage: DockerfileRule {
    public let id = "DF004"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for stage in dockerfile.stages {
            guard let image = stage.baseImage, !image.isScratch, image.isUnpinnedTag,
                  let from = dockerfile.fromInstruction(of: stage).from else { continue }
            let example = Self.example(for: image)
            let message = image.tag == nil
                ? "base image '\(image.text)' has no tag, so it means '\(image.text):latest' and changes whenever upstream pushes: pin a version, e.g. '\(example)'"
                : "base image '\(image.text)' follows 'latest', which changes whenever upstream pushes: pin a version, e.g. '\(example)'"
            violations.append(Violation(range: from.imageWord.range, message: message))
        }
        return violations
    }

    /// A pinned tag to suggest for well-known images (current supported versions as of 2026-11).
    static func example(for image: ImageReference) -> String {
        let suggestions = [
            "python": "python:3.13-slim", "node": "node:24-slim", "ruby": "ruby:3.3-slim", "golang": "golang:1.27",
            "debian": "debian:trixie-slim", "ubuntu": "ubuntu:24.04", "alpine": "alpine:3.22", "rust": "rust:1-slim",
            "postgres": "postgres:17", "redis": "redis:8", "nginx": "nginx:1.28",
        ]
        if image.isDockerHub, let suggestion = suggestions[image.normalizedRepository] { return suggestion }
        let base = image.registry.map { "\($0)/\(image.repository)" } ?? image.repository
        return "\(base):<version>"
    }
}
