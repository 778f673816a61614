import DeploySyntax

/// `database:`: engine and version, size, storage, backups, replicas, Multi-AZ, operator.
public struct DatabaseSection: Hashable, Sendable {
    public var engine: Located<DatabaseEngine>?
    /// As written (`"16"`, `16`, `"16.4"`); text so `16.10` is never read as 16.1.
    public var version: Located<String>?
    public var size: Located<DatabaseSize>?
    /// Allocated storage in GB.
    public var storage: Located<Int>?
    public var backup: BackupSettings?
    /// Read replicas.
    public var replicas: Located<Int>?
    public var multiAZ: Located<Bool>?
    public var `operator`: Located<DatabaseOperator>?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}

/// `backup:` (or the shorthand `backup: daily`).
public struct BackupSettings: Hashable, Sendable {
    public var frequency: Located<BackupFrequency>?
    /// Days backups are kept.
    public var retention: Located<Int>?
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}
