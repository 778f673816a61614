/// Relative paths between two absolute, `/`-separated directories, for the Compose build context.
public enum RelativePath {
    /// The path that leads from directory `from` to `to`: `from: /a/b, to: /a` → `..`; `to: /a/b/c` → `c`;
    /// equal directories → `.`.
    public static func from(_ from: String, to: String) -> String {
        let a = components(from), b = components(to)
        var common = 0
        while common < a.count && common < b.count && a[common] == b[common] { common += 1 }
        let parts = Array(repeating: "..", count: a.count - common) + b[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// Components of an absolute path with `.` and `..` resolved lexically.
    static func components(_ path: String) -> [String] {
        var out: [String] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !out.isEmpty { out.removeLast() }
            default: out.append(String(part))
            }
        }
        return out
    }

    /// Makes `path` absolute against `base` and normalizes it.
    public static func absolute(_ path: String, base: String) -> String {
        let joined = path.hasPrefix("/") ? path : base + "/" + path
        return "/" + components(joined).joined(separator: "/")
    }

    /// The directory part of a path (`a/b.yaml` → `a`, `b.yaml` → `.`).
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let dir = String(path[..<slash])
        return dir.isEmpty ? "/" : dir
    }
}

extension OutputLayout {
    /// The layout for an output directory and a spec file, both absolute: the build context is the spec's folder.
    public init(outputDirectory: String, specDirectory: String) {
        self.init(
            contextFromOutput: RelativePath.from(outputDirectory, to: specDirectory),
            outputFromContext: RelativePath.from(specDirectory, to: outputDirectory))
    }
}
