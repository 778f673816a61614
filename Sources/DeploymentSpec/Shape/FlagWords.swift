import DeploySyntax

/// How `deployment.yaml` reads booleans.
///
/// The file is read with YAML 1.2 core rules, as current tools (and editors' language servers) do: only
/// `true`/`false` are booleans, so `on`, `yes`, `no` and `off` are strings. Where a key expects a boolean,
/// the words below are accepted as well, because people write `waf: enabled` or `multi_az: yes` and mean it.
/// Where a key expects a string, such a word stays the word written (see `ShapeValidator`'s YAML 1.1 warning).
public enum FlagWords {
    /// Words accepted for booleans, in the JSON Schema's order.
    public static let words: [String] = ["yes", "no", "on", "off", "enabled", "disabled"]

    public static func value(of word: String) -> Bool? {
        switch word {
        case "yes", "on", "enabled": true
        case "no", "off", "disabled": false
        default: nil
        }
    }

    /// The boolean a node stands for: a YAML boolean or one of the words; nil otherwise.
    public static func value(of node: YAMLNode) -> Bool? {
        switch node.resolved(.core) {
        case .bool(let b)?: b
        case .string(let s)?: value(of: s)
        default: nil
        }
    }
}
