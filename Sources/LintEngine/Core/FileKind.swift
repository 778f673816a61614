/// The kinds of file the linter understands. The raw value is used in `Rules/<kind>/`, `Fixtures/<kind>/`,
/// configuration and every output format, so it never changes.
public enum FileKind: String, CaseIterable, Sendable, Codable, Comparable {
    case dockerfile
    case compose
    case kubernetes
    case githubWorkflow = "github-workflow"
    case hcl
    /// `.env` files: only the secrets scanner reads them.
    case dotenv

    public static func < (lhs: FileKind, rhs: FileKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
