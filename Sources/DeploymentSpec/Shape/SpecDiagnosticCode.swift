/// The codes of the diagnostics `deployment.yaml` validation reports (besides the YAML layer's `yaml-*` codes).
public enum SpecDiagnosticCode {
    /// The file could not be read.
    public static let unreadable = "spec-unreadable"
    /// Empty file, several documents, or a root that is not a mapping.
    public static let document = "spec-document"
    public static let unknownKey = "spec-unknown-key"
    public static let missingKey = "spec-missing-key"
    /// A value of the wrong type ("must be an integer, found a string").
    public static let type = "spec-type"
    /// A number outside its range.
    public static let range = "spec-range"
    /// A word that is not in the key's vocabulary.
    public static let enumeration = "spec-enum"
    /// A string that does not follow its format (memory, CIDR, names…).
    public static let format = "spec-format"
    /// An AWS region code that does not exist.
    public static let region = "spec-region"
    /// The same thing written twice (a section at the top level and inside `deployment`, two environments…).
    public static let conflict = "spec-conflict"
    /// Values that cannot go together (small-saas on gcp, multi_az on hobby-project…).
    public static let combination = "spec-combination"
    /// A runtime or database version past its end of life (warning) or too old to run (error).
    public static let endOfLife = "spec-eol"
    /// A setting the chosen pattern does not use (warning).
    public static let ignored = "spec-ignored"
    /// A plain yes/no/on/off where a string is expected (warning).
    public static let yaml11Boolean = "spec-yaml11-boolean"
    /// A choice that works but is discouraged (warning), such as a public bucket.
    public static let discouraged = "spec-discouraged"
}
