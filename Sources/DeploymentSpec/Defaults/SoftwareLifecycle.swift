/// End-of-life dates of the runtimes and PostgreSQL versions a spec may ask for (checked late 2026).
///
/// Sources: devguide.python.org/versions, www.ruby-lang.org/en/downloads/branches, nodejs.org release schedule,
/// www.postgresql.org/support/versioning. An end-of-life version is accepted with a warning naming a successor.
public enum SoftwareLifecycle {
    public struct EndOfLife: Hashable, Sendable {
        /// `2026-04-30`.
        public var date: String
        /// What to use instead.
        public var successor: String
        /// True for an odd-numbered Node.js release, which never becomes LTS.
        public var isShortLived: Bool
    }

    /// Python and Ruby are keyed by `major.minor`, Node.js by major.
    private static let runtimeTable: [Runtime: [String: String]] = [
        .python: ["2.7": "2020-01-01", "3.6": "2021-12-23", "3.7": "2023-06-27", "3.8": "2024-10-07", "3.9": "2025-10-31", "3.10": "2026-10-31"],
        .ruby: ["2.7": "2023-03-31", "3.0": "2024-04-23", "3.1": "2025-03-31", "3.2": "2026-03-31"],
        .node: ["14": "2023-04-30", "16": "2023-09-11", "18": "2025-04-30", "19": "2023-06-01", "20": "2026-04-30",
                "21": "2024-06-01", "23": "2025-06-01", "25": "2026-06-01"],
    ]

    private static let postgresTable: [Int: String] = [
        11: "2023-11-09", 12: "2024-11-21", 13: "2025-11-13", 14: "2026-11-12",
    ]

    /// The newest PostgreSQL major this table knows; newer ones get a warning to check the provider offers them.
    public static let newestPostgresMajor = 18

    /// The end of life of a runtime version; `successor` is the version to suggest instead.
    public static func endOfLife(runtime: Runtime, version: VersionNumber, successor: String) -> EndOfLife? {
        let key = runtime == .node ? String(version.major) : "\(version.major).\(version.minor)"
        if let date = runtimeTable[runtime]?[key] {
            return EndOfLife(date: date, successor: successor, isShortLived: runtime == .node && version.major % 2 == 1)
        }
        // Anything older than the table's oldest entry is long past its end of life too.
        let beforeTwoSeven = version.major < 2 || (version.major == 2 && version.minor < 7)
        if runtime == .python, version.major < 3 || (version.major == 3 && version.minor < 6) {
            return EndOfLife(date: "before 2022", successor: successor, isShortLived: false)
        }
        if runtime == .ruby, beforeTwoSeven { return EndOfLife(date: "before 2023", successor: successor, isShortLived: false) }
        if runtime == .node, version.major < 14 { return EndOfLife(date: "before 2023", successor: successor, isShortLived: false) }
        return nil
    }

    public static func postgresEndOfLife(major: Int) -> EndOfLife? {
        if let date = postgresTable[major] { return EndOfLife(date: date, successor: "16", isShortLived: false) }
        if major < 11 { return EndOfLife(date: "before 2023", successor: "16", isShortLived: false) }
        return nil
    }
}
