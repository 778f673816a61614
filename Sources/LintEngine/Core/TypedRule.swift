/// A rule seen through the protocol its kind's checker calls.
///
/// `Rule.typed` is a protocol requirement whose implementation each kind protocol supplies (the most refined one
/// wins when a rule type conforms), so checkers pick their rules with a witness-table call instead of
/// `rule as? any KubernetesRule`. Such a dynamic cast looks the conformance up in a global cache on every call, and
/// the first cast of each type scans every conformance record of the binary: with a few hundred rules that cost
/// a third of a one-file lint and several percent of a whole-corpus run.
public enum TypedRule: Sendable {
    case dockerfile(any DockerfileRule)
    case kubernetes(any KubernetesRule)
    case compose(any ComposeRule)
    case workflow(any WorkflowRule)
    case terraform(any TerraformRule)
    /// A SEC rule: the secret scanner runs once for every enabled one.
    case secret(any SecretRule)
    /// Another rule over a file's text.
    case text(any FileTextRule)
    /// None of the above (engine-level or test rules of an unknown protocol).
    case other

    public var dockerfile: (any DockerfileRule)? { if case .dockerfile(let rule) = self { rule } else { nil } }
    public var kubernetes: (any KubernetesRule)? { if case .kubernetes(let rule) = self { rule } else { nil } }
    public var compose: (any ComposeRule)? { if case .compose(let rule) = self { rule } else { nil } }
    public var workflow: (any WorkflowRule)? { if case .workflow(let rule) = self { rule } else { nil } }
    public var terraform: (any TerraformRule)? { if case .terraform(let rule) = self { rule } else { nil } }

    /// True for rules that read a file's text rather than one kind's model.
    public var readsText: Bool {
        switch self {
        case .secret, .text: true
        default: false
        }
    }
}

extension Rule {
    public var typed: TypedRule { .other }
}

extension DockerfileRule {
    public var typed: TypedRule { .dockerfile(self) }
}

extension KubernetesRule {
    public var typed: TypedRule { .kubernetes(self) }
}

extension ComposeRule {
    public var typed: TypedRule { .compose(self) }
}

extension WorkflowRule {
    public var typed: TypedRule { .workflow(self) }
}

extension TerraformRule {
    public var typed: TypedRule { .terraform(self) }
}

extension FileTextRule {
    public var typed: TypedRule { .text(self) }
}

extension SecretRule {
    public var typed: TypedRule { .secret(self) }
}
