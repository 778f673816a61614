import DeploySyntax

/// Decides what kind of file a path is: by name first, then (for plain YAML files) by content.
public enum FileClassifier {
    /// What a file name alone says.
    public enum NameMatch: Sendable, Hashable {
        /// The name settles the kind (`Dockerfile`, `compose.yaml`, `.github/workflows/ci.yml`, `main.tf`, `.env`).
        case kind(FileKind)
        /// A `.yml`/`.yaml` file whose kind depends on its content (Kubernetes, compose by `services:`).
        case yaml
        /// A template of a known kind (`Dockerfile.j2`): recognised, not linted.
        case template(FileKind)
        /// Not a file specql-deploy lints.
        case none
    }

    /// The outcome of looking at a file's content.
    public enum Classification: Sendable {
        /// A kind, with the YAML stream when the kind is YAML-based.
        case kind(FileKind, YAMLStream?)
        /// A YAML file of a known kind that does not parse.
        case yamlSyntaxError(FileKind, YAMLSyntaxError)
        /// Recognised but not linted (e.g. a Helm template), with the reason.
        case skipped(FileKind?, String)
        /// Not a file specql-deploy lints.
        case unrecognised
    }

    private static let templateSuffixes = [".j2", ".jinja", ".jinja2", ".tpl", ".tmpl", ".template", ".gotmpl", ".erb"]
    private static let notDockerfileSuffixes = [".dockerignore", ".md", ".txt", ".orig", ".rej", ".bak", ".swp", ".sh", ".json"]

    /// Classifies by name; `path` is any path ending in the file (used to see `.github/workflows/`).
    public static func match(path: String) -> NameMatch {
        let name = PathArithmetic.fileName(of: path)
        let lower = name.lowercased()

        if lower.hasPrefix("dockerfile") || lower.hasPrefix("containerfile") || lower.hasSuffix(".dockerfile")
            || lower.hasSuffix(".containerfile") {
            let stem = lower.hasPrefix("dockerfile") ? "dockerfile" : (lower.hasPrefix("containerfile") ? "containerfile" : "")
            if !stem.isEmpty && lower.count > stem.count {
                // `Dockerfile.prod`, `Dockerfile-dev` are Dockerfiles; `Dockerfiles/`-like words are not.
                let next = lower[lower.index(lower.startIndex, offsetBy: stem.count)]
                if next != "." && next != "-" && next != "_" { return .none }
            }
            if notDockerfileSuffixes.contains(where: { lower.hasSuffix($0) }) { return .none }
            if templateSuffixes.contains(where: { lower.hasSuffix($0) }) { return .template(.dockerfile) }
            return .kind(.dockerfile)
        }

        if lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") {
            if isWorkflowPath(path) { return .kind(.githubWorkflow) }
            if (lower.hasPrefix("compose") && !lower.hasPrefix("composer")) || lower.hasPrefix("docker-compose")
                || lower.hasSuffix(".compose.yml") || lower.hasSuffix(".compose.yaml") {
                return .kind(.compose)
            }
            return .yaml
        }
        if templateSuffixes.contains(where: { lower.hasSuffix($0) }) {
            let inner = String(lower[..<lower.lastIndex(of: ".")!])
            if inner.hasSuffix(".yml") || inner.hasSuffix(".yaml") { return .none }
        }

        if lower.hasSuffix(".tf") || lower.hasSuffix(".tofu") || lower.hasSuffix(".hcl") { return .kind(.hcl) }

        if lower == ".env" || lower.hasPrefix(".env.") || lower.hasSuffix(".env") { return .kind(.dotenv) }

        return .none
    }

    static func isWorkflowPath(_ path: String) -> Bool {
        // `…/.github/workflows/<name>` (empty segments skipped, as `split` does), read backwards without
        // splitting the whole path: this runs for every YAML file discovery meets.
        let utf8 = path.utf8
        var end = utf8.endIndex
        func previousSegment() -> Substring.UTF8View? {
            while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
            guard end > utf8.startIndex else { return nil }
            var start = end
            while start > utf8.startIndex, utf8[utf8.index(before: start)] != UInt8(ascii: "/") { start = utf8.index(before: start) }
            defer { end = start }
            return path[start..<end].utf8
        }
        guard previousSegment() != nil,
              let parent = previousSegment(), parent.elementsEqual("workflows".utf8),
              let grandparent = previousSegment(), grandparent.elementsEqual(".github".utf8)
        else { return false }
        return true
    }

    /// Looks at the content of a YAML file whose name did not settle its kind. `wanted` are the kinds worth
    /// recognising (those with rules); a file of any other kind is reported as unrecognised.
    public static func classifyYAML(_ file: SourceFile, wanted: Set<FileKind>) -> Classification {
        guard wanted.contains(.kubernetes) || wanted.contains(.compose) else { return .unrecognised }
        // A Helm chart template: Go template braces in a manifest-shaped file or under `templates/`.
        if containsGoTemplate(file.bytes) && (lightKindGuess(file) == .kubernetes || file.path.contains("templates/")) {
            return .skipped(.kubernetes, "Helm or Go template ({{ … }}): templates are linted after rendering")
        }
        switch YAMLParser().parse(file) {
        case .failure(let error):
            // Only report a syntax error when the text looks like one of our kinds.
            if let kind = lightKindGuess(file), wanted.contains(kind) { return .yamlSyntaxError(kind, error) }
            return .unrecognised
        case .success(let stream):
            if wanted.contains(.kubernetes), stream.documents.contains(where: isKubernetesDocument) {
                return .kind(.kubernetes, stream)
            }
            if wanted.contains(.compose), let root = stream.documents.first?.root, root["services"]?.isMapping == true {
                return .kind(.compose, stream)
            }
            return .unrecognised
        }
    }

    static func isKubernetesDocument(_ document: YAMLDocument) -> Bool {
        guard let apiVersion = document.root["apiVersion"]?.string, let kind = document.root["kind"]?.string else {
            return false
        }
        return !apiVersion.isEmpty && !kind.isEmpty
    }

    /// `{{` not preceded by `$` (GitHub's `${{ }}` is not a Go template).
    static func containsGoTemplate(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        while i + 1 < n {
            if bytes[i] == UInt8(ascii: "{") && bytes[i + 1] == UInt8(ascii: "{") && (i == 0 || bytes[i - 1] != UInt8(ascii: "$")) {
                return true
            }
            i += 1
        }
        return false
    }

    /// A guess from top-level keys at column 1, for YAML that does not parse.
    static func lightKindGuess(_ file: SourceFile) -> FileKind? {
        var apiVersion = false, kind = false, services = false
        for start in file.lineStarts {
            let bytes = file.bytes
            func hasPrefix(_ word: String) -> Bool {
                let w = Array(word.utf8)
                guard start + w.count <= bytes.count else { return false }
                return Array(bytes[start..<start + w.count]) == w
            }
            if hasPrefix("apiVersion:") { apiVersion = true }
            if hasPrefix("kind:") { kind = true }
            if hasPrefix("services:") { services = true }
        }
        if apiVersion && kind { return .kubernetes }
        if services { return .compose }
        return nil
    }

    /// YAML-based kinds: parsed once by `YAMLParser` before their rules run.
    public static func isYAMLKind(_ kind: FileKind) -> Bool {
        kind == .compose || kind == .kubernetes || kind == .githubWorkflow
    }
}
