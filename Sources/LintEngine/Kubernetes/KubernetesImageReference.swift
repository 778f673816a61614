/// A container image reference split into repository, tag and digest:
/// `[registry[:port]/]path[:tag][@sha256:…]`.
public struct KubernetesImageReference: Sendable, Hashable {
    public var text: String
    /// Everything before the tag and digest (`registry.example.com:5000/team/app`).
    public var repository: String
    public var tag: String?
    /// `sha256:…`, when pinned by digest.
    public var digest: String?

    public init(_ text: String) {
        self.text = text
        var rest = Substring(text)
        if let at = rest.firstIndex(of: "@") {
            let digest = rest[rest.index(after: at)...]
            self.digest = digest.isEmpty ? nil : String(digest)
            rest = rest[..<at]
        } else {
            self.digest = nil
        }
        // A colon after the last slash separates the tag; one before it belongs to a registry port.
        let lastSlash = rest.lastIndex(of: "/")
        let nameStart = lastSlash.map { rest.index(after: $0) } ?? rest.startIndex
        if let colon = rest[nameStart...].lastIndex(of: ":") {
            let tag = rest[rest.index(after: colon)...]
            self.tag = tag.isEmpty ? nil : String(tag)
            self.repository = String(rest[..<colon])
        } else {
            self.tag = nil
            self.repository = String(rest)
        }
    }

    /// True when the reference holds a placeholder filled in later (`${IMAGE}`, `$(TAG)`, `<image>`,
    /// `{{ .Values.image }}`): its tag cannot be judged.
    public var isTemplated: Bool {
        if text.contains("$") || text.contains("{") || text.contains("<") || text.contains("}") { return true }
        // Image names are lowercase: a reference with no lowercase letter is a placeholder (`CONTAINER_IMAGE`).
        return !text.contains(where: \.isLowercase)
    }

    public var isPinnedByDigest: Bool { digest != nil }

    /// No digest and no tag, or the `latest` tag: the image changes under the same name.
    public var isLatestOrUntagged: Bool {
        digest == nil && (tag == nil || tag == "latest")
    }
}
