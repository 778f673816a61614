/// A container image reference, `[registry/][path/]name[:tag][@digest]`, split as Docker's reference grammar does.
public struct ImageReference: Sendable, Hashable, CustomStringConvertible {
    /// The reference as written (after variable substitution).
    public var text: String
    /// The registry host when one is written (`ghcr.io`, `localhost:5000`); nil for Docker Hub.
    public var registry: String?
    /// The repository path without registry, e.g. `python`, `library/python`, `bitnami/postgresql`.
    public var repository: String
    public var tag: String?
    /// `sha256:…`.
    public var digest: String?

    public init(text: String, registry: String?, repository: String, tag: String?, digest: String?) {
        self.text = text
        self.registry = registry
        self.repository = repository
        self.tag = tag
        self.digest = digest
    }

    /// Parses a reference. Returns nil for an empty string or one with whitespace.
    public init?(parsing text: String) {
        guard !text.isEmpty, !text.contains(where: { $0 == " " || $0 == "\t" }) else { return nil }
        self.text = text
        var rest = Substring(text)
        if let at = rest.firstIndex(of: "@") {
            let d = rest[rest.index(after: at)...]
            digest = d.isEmpty ? nil : String(d)
            rest = rest[..<at]
        } else {
            digest = nil
        }
        // A tag is after the last ':' that follows the last '/': a ':' before a '/' is a registry port.
        let lastSlash = rest.lastIndex(of: "/")
        if let colon = rest.lastIndex(of: ":"), lastSlash.map({ colon > $0 }) ?? true {
            let t = rest[rest.index(after: colon)...]
            tag = t.isEmpty ? nil : String(t)
            rest = rest[..<colon]
        } else {
            tag = nil
        }
        if let slash = rest.firstIndex(of: "/") {
            let first = rest[..<slash]
            if first.contains(".") || first.contains(":") || first == "localhost" {
                registry = String(first)
                rest = rest[rest.index(after: slash)...]
            } else {
                registry = nil
            }
        } else {
            registry = nil
        }
        guard !rest.isEmpty else { return nil }
        repository = String(rest)
    }

    public var description: String { text }

    /// True for `scratch`, the empty base.
    public var isScratch: Bool { registry == nil && repository.lowercased() == "scratch" }

    /// True when the registry is Docker Hub (written or implied).
    public var isDockerHub: Bool {
        guard let registry else { return true }
        return ["docker.io", "index.docker.io", "registry-1.docker.io"].contains(registry.lowercased())
    }

    /// The repository as Docker Hub users write it: `library/python` and `docker.io/library/python` → `python`.
    /// Other registries keep their host: `gcr.io/distroless/static-debian12`.
    public var normalizedRepository: String {
        let repo = repository.lowercased()
        if isDockerHub {
            return repo.hasPrefix("library/") ? String(repo.dropFirst("library/".count)) : repo
        }
        return "\(registry!.lowercased())/\(repo)"
    }

    /// The last path component (`python` for `docker.io/library/python`).
    public var name: String {
        let repo = repository.lowercased()
        if let slash = repo.lastIndex(of: "/") { return String(repo[repo.index(after: slash)...]) }
        return repo
    }

    /// Docker's implied tag when none is written.
    public var effectiveTag: String { tag ?? (digest == nil ? "latest" : "") }

    /// True when the reference has no tag and no digest, or the tag is `latest`.
    public var isUnpinnedTag: Bool {
        if digest != nil { return false }
        guard let tag else { return true }
        return tag.lowercased() == "latest"
    }
}
