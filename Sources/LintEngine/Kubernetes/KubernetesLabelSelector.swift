import DeploySyntax

/// A label selector (`matchLabels` and `matchExpressions`), as Deployments, PodDisruptionBudgets and
/// NetworkPolicies write it; a ReplicationController's or Service's plain map reads as `matchLabels`.
public struct KubernetesLabelSelector: Sendable {
    public struct Requirement: Sendable, Hashable {
        public enum Operator: String, Sendable {
            case `in` = "In"
            case notIn = "NotIn"
            case exists = "Exists"
            case doesNotExist = "DoesNotExist"
        }

        public var key: String
        /// nil for an operator the API does not know: such a requirement matches nothing.
        public var op: Operator?
        public var values: [String]

        public init(key: String, op: Operator?, values: [String]) {
            self.key = key
            self.op = op
            self.values = values
        }

        public func matches(_ labels: [String: String]) -> Bool {
            switch op {
            case .in?: return labels[key].map { values.contains($0) } ?? false
            case .notIn?: return labels[key].map { !values.contains($0) } ?? true
            case .exists?: return labels[key] != nil
            case .doesNotExist?: return labels[key] == nil
            case nil: return false
            }
        }
    }

    public var matchLabels: [String: String]
    public var matchExpressions: [Requirement]
    /// The selector as written.
    public var range: SourceRange
    /// The key that holds it (`selector:`).
    public var keyRange: SourceRange

    public init(matchLabels: [String: String], matchExpressions: [Requirement], range: SourceRange, keyRange: SourceRange) {
        self.matchLabels = matchLabels
        self.matchExpressions = matchExpressions
        self.range = range
        self.keyRange = keyRange
    }

    public var isEmpty: Bool { matchLabels.isEmpty && matchExpressions.isEmpty }

    /// Whether pods labelled `labels` are selected. An empty selector selects every pod or none, as the API of
    /// the selecting kind says.
    public func matches(_ labels: [String: String], emptySelectsAll: Bool) -> Bool {
        if isEmpty { return emptySelectsAll }
        for (key, value) in matchLabels where labels[key] != value { return false }
        for requirement in matchExpressions where !requirement.matches(labels) { return false }
        return true
    }

    /// `app=web, tier in (api)`, for messages.
    public var summary: String {
        var parts = matchLabels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        for r in matchExpressions {
            switch r.op {
            case .in?: parts.append("\(r.key) in (\(r.values.joined(separator: ", ")))")
            case .notIn?: parts.append("\(r.key) notin (\(r.values.joined(separator: ", ")))")
            case .exists?: parts.append(r.key)
            case .doesNotExist?: parts.append("!\(r.key)")
            case nil: parts.append("\(r.key) ?")
            }
        }
        return parts.joined(separator: ", ")
    }
}
