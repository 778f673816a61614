import DeploySyntax

/// A GitHub Actions workflow over the positioned YAML tree, read as GitHub reads it (YAML 1.2: the `on` key is
/// the string "on", never YAML 1.1's boolean `true`). Every job, step and setting keeps its node for exact
/// ranges; `${{ … }}` expressions are located on demand (`expressions(in:)`).
public struct Workflow: Sendable {
    public let file: SourceFile
    public var root: YAMLNode?
    public var name: ScalarSetting?
    /// The `on:` pair.
    public var on: YAMLPair?
    /// The events that trigger the workflow, in source order.
    public var triggers: [WorkflowTrigger]
    public var permissions: WorkflowPermissions?
    public var env: [WorkflowEnvEntry]
    public var concurrency: YAMLPair?
    /// The `jobs:` key.
    public var jobsKey: YAMLNode?
    public var jobs: [WorkflowJob]
    /// Problems met while parsing (YAML syntax, duplicate keys).
    public var diagnostics: [Diagnostic]

    public init(file: SourceFile, root: YAMLNode? = nil, name: ScalarSetting? = nil, on: YAMLPair? = nil,
                triggers: [WorkflowTrigger] = [], permissions: WorkflowPermissions? = nil, env: [WorkflowEnvEntry] = [],
                concurrency: YAMLPair? = nil, jobsKey: YAMLNode? = nil, jobs: [WorkflowJob] = [], diagnostics: [Diagnostic] = []) {
        self.file = file
        self.root = root
        self.name = name
        self.on = on
        self.triggers = triggers
        self.permissions = permissions
        self.env = env
        self.concurrency = concurrency
        self.jobsKey = jobsKey
        self.jobs = jobs
        self.diagnostics = diagnostics
    }

    public func trigger(_ event: String) -> WorkflowTrigger? {
        triggers.first { $0.name == event }
    }

    public func isTriggered(by event: String) -> Bool { trigger(event) != nil }

    /// Only `workflow_call`: a reusable workflow whose token and permissions come from the caller.
    public var isReusableOnly: Bool {
        !triggers.isEmpty && triggers.allSatisfy { $0.name == "workflow_call" }
    }

    /// The `${{ … }}` expressions of one scalar node, with exact positions.
    public func expressions(in node: YAMLNode) -> [WorkflowExpression] {
        WorkflowExpressionScanner.expressions(in: node, file: file)
    }
}

/// GitHub Actions' reading of a scalar setting.
extension ScalarSetting {
    /// True when the whole value is one or more `${{ … }}` expressions or contains one.
    public var containsExpression: Bool { ScalarText.contains(text, "${{") }
}

/// One event of `on:` (`push`, `pull_request_target`, `workflow_dispatch`…).
public struct WorkflowTrigger: Sendable {
    public var name: String
    public var nameNode: YAMLNode
    /// The event's settings (`branches`, `types`, `inputs`…); nil in the string and list forms.
    public var config: YAMLNode?
    /// Declared inputs of `workflow_dispatch` / `workflow_call`.
    public var inputs: [WorkflowInputDefinition]

    public var range: SourceRange { nameNode.reportRange }
}

/// An input declared by `workflow_dispatch` or `workflow_call`.
public struct WorkflowInputDefinition: Sendable {
    public var name: String
    public var key: YAMLNode
    /// `string`, `boolean`, `choice`, `number`, `environment`; nil when not written (a string).
    public var type: String?

    /// True when the value is free text a caller chooses (strings; untyped inputs are strings).
    public var isFreeText: Bool {
        guard let type else { return true }
        return type == "string"
    }
}

/// `permissions:` at workflow or job level.
public struct WorkflowPermissions: Sendable {
    public enum Value: Sendable {
        case readAll
        case writeAll
        /// `permissions: {}`: no scopes at all.
        case none
        case scopes([WorkflowPermissionScope])
        /// An expression or an unknown word.
        case other(String)
    }

    public var pair: YAMLPair
    public var value: Value

    public var keyRange: SourceRange { pair.key.reportRange }
    public var valueRange: SourceRange { pair.value.reportRange }
}

/// One scope of a permissions mapping: `contents: read`.
public struct WorkflowPermissionScope: Sendable {
    public var name: String
    public var level: String
    public var key: YAMLNode
    public var value: YAMLNode
}

/// One `env:` entry.
public struct WorkflowEnvEntry: Sendable {
    public var name: String
    public var key: YAMLNode
    public var value: YAMLNode

    /// The value's text (numbers and booleans as written); nil for collections.
    public var text: String? { value.string }
    public var range: SourceRange { key.reportRange.union(value.reportRange) }
}

/// A job's `runs-on:` (a label, a list of labels, or `{group, labels}`).
public struct WorkflowRunsOn: Sendable {
    public var node: YAMLNode
    public var labels: [ScalarSetting]
    public var group: ScalarSetting?

    /// A `self-hosted` label (case-insensitive), or a runner group (groups hold self-hosted or larger runners).
    public var selfHostedLabel: ScalarSetting? {
        labels.first { ScalarText.lower($0.text) == "self-hosted" }
    }

    /// True when the runner comes from an expression (`${{ matrix.os }}`), so its labels are unknown here.
    public var isDynamic: Bool { labels.contains { $0.containsExpression } }
}

/// A job's `environment:` (`production` or `{name, url}`).
public struct WorkflowEnvironment: Sendable {
    public var pair: YAMLPair
    public var name: ScalarSetting?
}

/// One job of `jobs:`.
public struct WorkflowJob: Sendable {
    public var id: String
    public var key: YAMLNode
    public var node: YAMLNode
    public var name: ScalarSetting?
    public var runsOn: WorkflowRunsOn?
    public var needs: [ScalarSetting] = []
    public var ifCondition: ScalarSetting?
    public var env: [WorkflowEnvEntry] = []
    public var timeoutMinutes: ScalarSetting?
    public var concurrency: YAMLPair?
    public var permissions: WorkflowPermissions?
    public var environment: WorkflowEnvironment?
    public var steps: [WorkflowStep] = []
    /// A reusable workflow call: `uses: owner/repo/.github/workflows/x.yml@ref`.
    public var uses: WorkflowActionReference?
    public var with: [WorkflowWithInput] = []
    /// `secrets:` of a reusable workflow call (`inherit` or a mapping).
    public var secrets: YAMLPair?
    public var container: YAMLPair?
    public var services: YAMLPair?
    public var strategy: YAMLNode?

    public init(id: String, key: YAMLNode, node: YAMLNode) {
        self.id = id
        self.key = key
        self.node = node
    }

    public var idRange: SourceRange { key.reportRange }
    /// The name users see: `name:` when written literally, else the id.
    public var displayName: String { name.map(\.text) ?? id }
}

/// One `with:` input of a step or reusable workflow call.
public struct WorkflowWithInput: Sendable {
    public var name: String
    public var key: YAMLNode
    public var value: YAMLNode

    public var text: String? { value.string }
    public var range: SourceRange { key.reportRange.union(value.reportRange) }
}

/// One step of a job.
public struct WorkflowStep: Sendable {
    /// Zero-based position in the job.
    public var index: Int
    public var node: YAMLNode
    public var id: ScalarSetting?
    public var name: ScalarSetting?
    public var uses: WorkflowActionReference?
    /// The `run:` script.
    public var run: ScalarSetting?
    public var with: [WorkflowWithInput] = []
    public var env: [WorkflowEnvEntry] = []
    public var shell: ScalarSetting?
    public var ifCondition: ScalarSetting?
    public var workingDirectory: ScalarSetting?

    public init(index: Int, node: YAMLNode) {
        self.index = index
        self.node = node
    }

    public func input(_ name: String) -> WorkflowWithInput? {
        with.first { $0.name == name }
    }

    /// Where to point at the step: its `uses`/`run` value, else its first key.
    public var anchorRange: SourceRange {
        uses?.range ?? run?.pairRange ?? node.mapping?.first?.key.reportRange ?? node.reportRange
    }

    /// For messages: `step 'Build'` or `step 3`.
    public var label: String {
        if let name, !name.text.isEmpty { return "step '\(name.text)'" }
        if let id { return "step '\(id.text)'" }
        return "step \(index + 1)"
    }
}

/// A parsed `uses:` value.
public struct WorkflowActionReference: Sendable {
    public enum Kind: Sendable, Hashable {
        /// `owner/repo[/path]@ref`.
        case repository(owner: String, repo: String, path: String?)
        /// `./path/to/action` in the same repository.
        case local(path: String)
        /// `docker://image[:tag][@digest]`.
        case docker(image: String)
    }

    public var text: String
    public var node: YAMLNode
    public var kind: Kind
    /// The part after `@` (a tag, branch or commit SHA); nil when missing.
    public var ref: String?
    public var refRange: SourceRange?
    /// A version written in a trailing comment (`@<sha> # v4.2.1`), as tools such as Renovate keep it.
    public var versionComment: String?

    public var range: SourceRange { node.reportRange }

    /// `owner/repo` lowercased, for repository actions.
    public var slug: String? {
        guard case .repository(let owner, let repo, _) = kind else { return nil }
        return ScalarText.lower(owner) + "/" + ScalarText.lower(repo)
    }

    public var owner: String? {
        guard case .repository(let owner, _, _) = kind else { return nil }
        return ScalarText.lower(owner)
    }

    /// True when `ref` is a full 40-hex commit SHA (immutable).
    public var isPinnedToCommit: Bool {
        guard let ref, ref.utf8.count == 40 else { return false }
        return ref.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) || ($0 >= 0x41 && $0 <= 0x46) }
    }

    /// The major version from the ref (`v4`, `v4.1.2`, `4`) or, for a SHA pin, from the version comment.
    public var majorVersion: Int? {
        if let ref, !isPinnedToCommit, let major = Self.major(of: ref) { return major }
        if let versionComment { return Self.major(of: versionComment) }
        return nil
    }

    static func major(of text: String) -> Int? {
        var s = Substring(text)
        if s.hasPrefix("v") || s.hasPrefix("V") { s = s.dropFirst() }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6 else { return nil }
        let rest = s.dropFirst(digits.count)
        guard rest.isEmpty || rest.first == "." || rest.first == "-" else { return nil }
        return Int(digits)
    }
}
