import DeploySyntax

/// GHA017: `runs-on` names a GitHub-hosted runner image that has been retired (the job waits for a runner
/// that never comes, then fails) or is being retired.
public struct RetiredRunnerImage: WorkflowRule {
    public let id = "GHA017"
    public init() {}

    /// Retired hosted images and their retirement dates (actions/runner-images announcements), checked 2026.
    static let retired: [(label: String, date: String, use: String)] = [
        ("ubuntu-16.04", "2021-09-20", "ubuntu-24.04"),
        ("ubuntu-18.04", "2023-04-03", "ubuntu-24.04"),
        ("ubuntu-20.04", "2025-04-15", "ubuntu-24.04"),
        ("windows-2016", "2022-03-15", "windows-2025"),
        ("windows-2019", "2025-06-30", "windows-2025"),
        ("macos-10.15", "2022-12-01", "macos-15"),
        ("macos-11", "2024-06-28", "macos-15"),
        ("macos-12", "2024-12-03", "macos-15"),
        ("macos-13", "2025-12-04", "macos-15"),
    ]
    /// Images in their deprecation window: (label, retirement date, replacement) — reported at `note`.
    static let deprecated: [(label: String, date: String, use: String)] = [
        ("ubuntu-22.04", "2027-04-17", "ubuntu-24.04"),
    ]

    static func matches(_ label: String, _ base: String) -> Bool {
        label == base || label.hasPrefix(base + "-")
    }

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        for job in workflow.jobs {
            guard let runsOn = job.runsOn, runsOn.selfHostedLabel == nil else { continue }
            var labels = runsOn.labels.filter { !$0.containsExpression }
            // `runs-on: ${{ matrix.os }}`: the labels are the matrix values.
            for dynamic in runsOn.labels where dynamic.containsExpression {
                for reference in workflow.expressions(in: dynamic.node).flatMap(\.references) where reference.path.hasPrefix("matrix.") {
                    let key = String(reference.path.dropFirst("matrix.".count))
                    labels += matrixValues(job.strategy, key: key)
                }
            }
            for label in labels {
                let text = ScalarText.lower(ScalarText.trimBlanks(label.text))
                if let entry = Self.retired.first(where: { Self.matches(text, $0.label) }) {
                    out.append(Violation(
                        range: label.range,
                        message: "runner image '\(label.text)' was retired on \(entry.date): jobs asking for it wait for a runner that never comes and fail; use '\(entry.use)' (or a current '-latest' label)"))
                } else if let entry = Self.deprecated.first(where: { Self.matches(text, $0.label) }) {
                    out.append(Violation(
                        range: label.range,
                        message: "runner image '\(label.text)' is deprecated and will be retired on \(entry.date); move to '\(entry.use)'",
                        severity: .note))
                }
            }
        }
        return out
    }

    private func matrixValues(_ strategy: YAMLNode?, key: String) -> [ScalarSetting] {
        guard let matrix = strategy?["matrix"] else { return [] }
        var values: [ScalarSetting] = []
        for pair in matrix.mapping ?? [] where ScalarText.lower(pair.keyString ?? "") == key {
            values += ScalarSetting.items(of: pair.value)
        }
        for entry in matrix["include"]?.sequence ?? [] {
            for pair in entry.mapping ?? [] where ScalarText.lower(pair.keyString ?? "") == key {
                if let text = pair.value.string { values.append(ScalarSetting(text: text, node: pair.value)) }
            }
        }
        return values
    }
}
