import DeploySyntax

/// DF031: a base image whose runtime or distribution release has reached end of life (no more security fixes),
/// or an image repository that is no longer updated.
///
/// **Dated table — as of 2026-11.** Sources: nodejs.org release schedule (Node 18 EOL 2025-04-30, 20 EOL 2026-04-30,
/// odd majors six months after release), ruby-lang.org branches (3.1 EOL 2025-03-31, 3.2 EOL 2026-03-31), PEP 596 /
/// PEP 619 (Python 3.9 EOL 2025-10, 3.10 EOL 2026-10), Debian LTS (11 "bullseye" ended 2026-08-31), Ubuntu (20.04
/// standard support ended 2025-05-31), Alpine (3.20 ended 2026-04-01, 3.21 ended 2026-11-01), php.net (8.1 ended
/// 2025-12-31), PostgreSQL (13 ended 2025-11-13), Go's two-release policy (1.25 ended with 1.27 in 2026-08), and
/// Bitnami's move of its free images to `bitnamilegacy` without updates (2025-08-28).
public struct EndOfLifeBaseImage: DockerfileRule {
    public let id = "DF031"

    public init() {}

    struct Release {
        var name: String
        var endedOn: String
        var replacement: String
    }

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for stage in dockerfile.stages {
            guard let image = stage.baseImage, let from = dockerfile.fromInstruction(of: stage).from else { continue }
            if let message = Self.problem(image) {
                violations.append(Violation(range: from.imageWord.range, message: message))
            }
        }
        return violations
    }

    static func problem(_ image: ImageReference) -> String? {
        let repository = image.normalizedRepository
        if image.isDockerHub && (repository.hasPrefix("bitnami/") || repository.hasPrefix("bitnamilegacy/")) {
            return "'\(image.text)' is a Bitnami image: Bitnami's free images moved to 'bitnamilegacy' on 2025-08-28 and get no more updates; use the official image (e.g. 'postgres', 'redis'/'valkey') instead"
        }
        if repository.hasPrefix("gcr.io/distroless/"), repository.hasSuffix("-debian11") || repository.hasSuffix("-debian10") {
            let debian = repository.hasSuffix("-debian11") ? "Debian 11 (2026-08-31)" : "Debian 10 (2024-06-30)"
            return "'\(image.text)' is built on \(debian.split(separator: " (").first!), end of life since \(debian.split(separator: "(").last!.dropLast()) and no longer rebuilt: use the -debian12 (or -debian13) image"
        }
        guard let tag = image.tag?.lowercased(), let release = release(repository: repository, tag: tag) else { return nil }
        return "'\(image.text)' is \(release.name), end of life since \(release.endedOn) (no more security fixes): move to \(release.replacement)"
    }

    /// Leading `major[.minor]` of a tag such as `3.9.18-slim-bookworm` → (3, 9).
    static func version(_ tag: String) -> (major: Int, minor: Int?)? {
        let head = tag.prefix { $0.isNumber || $0 == "." }
        let parts = head.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = parts.first, let major = Int(first) else { return nil }
        return (major, parts.count > 1 ? Int(parts[1]) : nil)
    }

    static func release(repository: String, tag: String) -> Release? {
        if let runtime = runtimeRelease(repository: repository, tag: tag) { return runtime }
        // Distribution codenames inside any tag (python:3.12-slim-buster, node:22-bullseye).
        for (codename, release) in [
            ("stretch", Release(name: "Debian 9 (stretch)", endedOn: "2022-06-30", replacement: "a trixie or bookworm variant")),
            ("buster", Release(name: "Debian 10 (buster)", endedOn: "2024-06-30", replacement: "a trixie or bookworm variant")),
            ("bullseye", Release(name: "Debian 11 (bullseye)", endedOn: "2026-08-31", replacement: "a trixie or bookworm variant")),
            ("bionic", Release(name: "Ubuntu 18.04 (bionic)", endedOn: "2023-05-31", replacement: "ubuntu:24.04")),
            ("focal", Release(name: "Ubuntu 20.04 (focal)", endedOn: "2025-05-31", replacement: "ubuntu:24.04")),
        ] where tag.contains(codename) {
            return release
        }
        if let alpine = alpineVersion(repository: repository, tag: tag), alpine.major == 3, alpine.minor <= 21 {
            let ended: [Int: String] = [21: "2026-11-01", 20: "2026-04-01", 19: "2025-11-01", 18: "2025-05-09"]
            return Release(name: "Alpine 3.\(alpine.minor)", endedOn: ended[alpine.minor] ?? "2025 or earlier", replacement: "alpine 3.22 or later")
        }
        return nil
    }

    /// The language runtime or distribution release named by the tag's leading version.
    static func runtimeRelease(repository: String, tag: String) -> Release? {
        guard let v = version(tag) else { return nil }
        switch repository {
        case "node":
            if v.major <= 20 || v.major == 21 || v.major == 23 || v.major == 25 {
                let ended: [Int: String] = [25: "2026-06-01", 23: "2025-06-01", 21: "2024-06-01", 20: "2026-04-30", 18: "2025-04-30", 19: "2023-06-01"]
                return Release(name: "Node.js \(v.major == 0 ? "0.\(v.minor ?? 0)" : "\(v.major)")", endedOn: ended[v.major] ?? "2023 or earlier", replacement: "node:24 (active LTS)")
            }
        case "python":
            if v.major == 3, let minor = v.minor, minor <= 10 {
                let ended: [Int: String] = [10: "2026-10", 9: "2025-10", 8: "2024-10", 7: "2023-06"]
                return Release(name: "Python 3.\(minor)", endedOn: ended[minor] ?? "2022 or earlier", replacement: "python:3.13")
            }
            if v.major == 2 { return Release(name: "Python 2", endedOn: "2020-01-01", replacement: "python:3.13") }
        case "ruby":
            if v.major < 3 || (v.major == 3 && (v.minor ?? 3) <= 2) {
                let ended: [Int: String] = [2: "2026-03-31", 1: "2025-03-31", 0: "2024-04-23"]
                let minor = v.minor ?? 0
                return Release(name: "Ruby \(v.major).\(minor)", endedOn: v.major == 3 ? ended[minor] ?? "" : "2023 or earlier", replacement: "ruby:3.3 or later")
            }
        case "debian":
            if v.major <= 11 {
                return Release(name: "Debian \(v.major)", endedOn: v.major == 11 ? "2026-08-31" : "2024 or earlier", replacement: "debian:trixie-slim")
            }
        case "ubuntu":
            // LTS releases are YY.04 with an even year; interim releases live nine months.
            let isLTS = v.major % 2 == 0 && v.minor == 4
            if v.major <= 20 || (!isLTS && v.major <= 25) {
                let ltsEnds: [Int: String] = [20: "2025-05-31", 18: "2023-05-31", 16: "2021-04-30", 14: "2019-04-30"]
                let name = "Ubuntu \(v.major).\(v.minor.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "")"
                return Release(name: name, endedOn: isLTS ? ltsEnds[v.major] ?? "2019 or earlier" : "nine months after its release", replacement: "ubuntu:24.04")
            }
        case "golang":
            if v.major == 1, let minor = v.minor, minor <= 25 {
                let ended: [Int: String] = [25: "2026-08", 24: "2026-02", 23: "2025-08"]
                return Release(name: "Go 1.\(minor)", endedOn: ended[minor] ?? "2025 or earlier", replacement: "golang:1.27")
            }
        case "php":
            if v.major < 8 || (v.major == 8 && (v.minor ?? 2) <= 1) {
                return Release(name: "PHP \(v.major)\(v.minor.map { ".\($0)" } ?? "")", endedOn: v.major == 8 ? "2025-12-31" : "2022 or earlier", replacement: "php:8.4")
            }
        case "postgres":
            if v.major <= 13 && v.major >= 9 {
                return Release(name: "PostgreSQL \(v.major)", endedOn: v.major == 13 ? "2025-11-13" : "2024 or earlier", replacement: "postgres:17")
            }
        default:
            break
        }
        return nil
    }

    /// The Alpine release of `alpine:3.19` or of a variant tag such as `node:22-alpine3.20`.
    static func alpineVersion(repository: String, tag: String) -> (major: Int, minor: Int)? {
        var rest: Substring
        if repository == "alpine" {
            rest = Substring(tag)
        } else if let start = Self.indexAfter("alpine", in: tag) {
            rest = tag[start...]
        } else {
            return nil
        }
        let head = rest.prefix { $0.isNumber || $0 == "." }
        let parts = head.split(separator: ".")
        guard parts.count >= 2, let major = Int(parts[0]), let minor = Int(parts[1]) else { return nil }
        return (major, minor)
    }

    static func indexAfter(_ needle: String, in haystack: String) -> String.Index? {
        var index = haystack.startIndex
        while index < haystack.endIndex {
            if haystack[index...].hasPrefix(needle) { return haystack.index(index, offsetBy: needle.count) }
            index = haystack.index(after: index)
        }
        return nil
    }
}
