/// What we know about common base images: their variant, approximate size and which tools they ship.
///
/// **Dated table — as of 2026-11.** Sizes are *uncompressed* sizes of the linux/amd64 image as `docker image ls`
/// shows them, rounded, for the current major of each family (python:3.13, node:24, ruby:3.3, golang:1.25,
/// rust:1, debian:trixie/bookworm, ubuntu:24.04, alpine:3.22). They were compiled from published `docker images`
/// listings (e.g. node:22 1.12 GB, node:22-slim 220 MB, node:22-alpine 155 MB, gcr.io/distroless/nodejs22-debian12
/// 141 MB in iximiuz Labs' "How to choose a Node.js container image") and from Docker Hub's compressed sizes
/// multiplied by the usual 2.5–3× expansion; minor versions move them by a few percent, which is inside the
/// precision a size budget needs. Tool lists come from the images' own Dockerfiles (docker-library, nodejs/docker-node,
/// GoogleContainerTools/distroless): the full Debian variants build on `buildpack-deps` (curl, wget, git, gcc),
/// `-slim` variants purge curl/wget after use, Alpine variants have BusyBox `wget` but no `curl`, distroless has
/// no shell at all. An image not in this table is unknown: rules that need these facts stay silent for it.
public struct BaseImageProfile: Sendable, Hashable {
    public enum Variant: String, Sendable {
        case full, slim, alpine, distroless, scratch
    }

    /// A short family name: `python`, `node`, `ruby`, `golang`, `rust`, `debian`, `ubuntu`, `alpine`, `distroless`…
    public var family: String
    public var variant: Variant
    /// Approximate uncompressed size in MB.
    public var sizeMB: Int
    /// Commands on the PATH that rules care about (`sh`, `curl`, `wget`, `python`, `node`); nil when unknown.
    public var tools: Set<String>?
    /// `apt`, `apk` or nil (no package manager).
    public var packageFormat: String?

    public var hasShell: Bool? { tools.map { $0.contains("sh") } }

    /// The image as the table names it, for messages (`python (slim)`).
    public var label: String { variant == .full ? family : "\(family) (\(variant.rawValue))" }
}

public enum BaseImageCatalog {
    /// When the table was last checked.
    public static let asOf = "2026-11"

    private struct Entry {
        var full: Int?
        var slim: Int?
        var alpine: Int?
        var runtime: String?
    }

    /// Language and distribution images on Docker Hub, by variant. Sizes in MB, uncompressed, linux/amd64.
    private static let hub: [String: Entry] = [
        "python": Entry(full: 1020, slim: 125, alpine: 50, runtime: "python"),
        "node": Entry(full: 1120, slim: 220, alpine: 155, runtime: "node"),
        "ruby": Entry(full: 1000, slim: 220, alpine: 100, runtime: "ruby"),
        "golang": Entry(full: 850, slim: nil, alpine: 260, runtime: nil),
        "rust": Entry(full: 1500, slim: 800, alpine: 900, runtime: nil),
        "debian": Entry(full: 120, slim: 75, alpine: nil, runtime: nil),
        "ubuntu": Entry(full: 78, slim: nil, alpine: nil, runtime: nil),
        "alpine": Entry(full: nil, slim: nil, alpine: 8, runtime: nil),
        "busybox": Entry(full: 4, slim: nil, alpine: nil, runtime: nil),
        "nginx": Entry(full: 190, slim: nil, alpine: 50, runtime: nil),
        "caddy": Entry(full: nil, slim: nil, alpine: 50, runtime: nil),
    ]

    /// `gcr.io/distroless/<name>` images, by name prefix. Sizes in MB.
    private static let distroless: [(prefix: String, size: Int, runtime: String?)] = [
        ("static", 2, nil), ("base-nossl", 19, nil), ("base", 20, nil), ("cc", 24, nil),
        ("python3", 53, "python"), ("nodejs", 141, "node"), ("java", 230, nil),
    ]

    /// The profile of a base image, or nil when the image is not in the table.
    public static func profile(for image: ImageReference) -> BaseImageProfile? {
        if image.isScratch {
            return BaseImageProfile(family: "scratch", variant: .scratch, sizeMB: 0, tools: [], packageFormat: nil)
        }
        let repository = image.normalizedRepository
        let tag = (image.tag ?? "latest").lowercased()
        if repository.hasPrefix("gcr.io/distroless/") {
            let name = String(repository.dropFirst("gcr.io/distroless/".count))
            guard let match = distroless.first(where: { name.hasPrefix($0.prefix) }) else { return nil }
            var tools: Set<String> = tag.utf8Contains("debug") ? ["sh", "wget"] : []
            if let runtime = match.runtime { tools.insert(runtime) }
            return BaseImageProfile(family: "distroless/\(name)", variant: .distroless, sizeMB: match.size, tools: tools, packageFormat: nil)
        }
        guard let entry = hub[repository] else { return nil }
        if tag.utf8Contains("windowsservercore") || tag.utf8Contains("nanoserver") { return nil }
        var tools: Set<String> = ["sh"]
        if let runtime = entry.runtime { tools.insert(runtime) }
        let isBuildpackFamily = ["python", "node", "ruby", "golang", "rust"].contains(repository)
        if repository == "alpine" || repository == "caddy" || tag.utf8Contains("alpine") {
            guard let size = entry.alpine else { return nil }
            tools.insert("wget")
            return BaseImageProfile(family: repository, variant: .alpine, sizeMB: size, tools: tools, packageFormat: "apk")
        }
        if repository == "busybox" {
            tools.insert("wget")
            return BaseImageProfile(family: repository, variant: .full, sizeMB: entry.full ?? 4, tools: tools, packageFormat: nil)
        }
        if tag.utf8Contains("slim") {
            guard let size = entry.slim else { return nil }
            return BaseImageProfile(family: repository, variant: .slim, sizeMB: size, tools: tools, packageFormat: "apt")
        }
        guard let size = entry.full else { return nil }
        if isBuildpackFamily {
            tools.formUnion(["curl", "wget", "git", "gcc", "make"])
        }
        // nginx's Debian image is not built on buildpack-deps: its tools are not listed here (unknown).
        return BaseImageProfile(
            family: repository, variant: .full, sizeMB: size, tools: repository == "nginx" ? nil : tools,
            packageFormat: "apt"
        )
    }
}
