import DeploySyntax

/// GHA006: `actions/checkout` leaves the token in `.git/config` (the default before v6) in a job that uploads
/// an artifact that can contain the `.git` directory: anyone who can download the artifact gets the token
/// ("ArtiPACKED"). The check is deliberately narrow: the upload must include hidden files (upload-artifact
/// before v4.4, or `include-hidden-files: true`) and a path that covers the checkout.
public struct PersistedCheckoutCredentials: WorkflowRule {
    public let id = "GHA006"
    public init() {}

    static let broadPaths: Set<String> = [".", "./", "*", "**", "./*", "./**", "${{ github.workspace }}", "${{ github.workspace }}/", "${{ github.workspace }}/*", "${{ github.workspace }}/**"]

    public func check(_ workflow: Workflow, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        for job in workflow.jobs {
            let checkouts = job.steps.filter { $0.uses?.slug == "actions/checkout" }
            guard !checkouts.isEmpty else { continue }
            let checkoutPaths = Set(checkouts.compactMap { $0.input("path")?.text.map { normalise(String($0)) } })
            guard let upload = job.steps.first(where: { uploadsGitDirectory($0, checkoutPaths: checkoutPaths) }) else { continue }
            for step in checkouts {
                guard let uses = step.uses else { continue }
                if let persist = step.input("persist-credentials"), ScalarText.lower(persist.text ?? "") == "false" { continue }
                if let major = uses.majorVersion, major >= 6 { continue }
                out.append(Violation(
                    range: uses.range,
                    message: "\(step.label) leaves the job's token in .git/config, and \(upload.label) uploads an artifact that includes it: anyone who can download the artifact gets the token; add `with: { persist-credentials: false }` (or narrow the upload path)",
                    related: [.init(path: workflow.file.path, range: upload.anchorRange, message: "artifact uploaded here")]))
            }
        }
        return out
    }

    private func normalise(_ path: String) -> String {
        var p = Substring(ScalarText.trimBlanks(path))
        while p.hasSuffix("/") && p.count > 1 { p = p.dropLast() }
        if p.hasPrefix("./") { p = p.dropFirst(2) }
        return String(p)
    }

    private func uploadsGitDirectory(_ step: WorkflowStep, checkoutPaths: Set<String>) -> Bool {
        guard let uses = step.uses, uses.slug == "actions/upload-artifact" else { return false }
        let hiddenInput = step.input("include-hidden-files").map { ScalarText.lower($0.text ?? "") == "true" } ?? false
        var includesHidden = hiddenInput
        if !includesHidden, let version = uses.isPinnedToCommit ? uses.versionComment : uses.ref {
            let parts = version.drop { $0 == "v" || $0 == "V" }.split(separator: ".")
            if let major = parts.first.flatMap({ Int($0) }) {
                let minor = parts.count > 1 ? Int(parts[1]) ?? 0 : nil
                // v4.4.0 stopped uploading hidden files by default; a bare `v4` resolves to the latest v4.
                includesHidden = major < 4 || (major == 4 && minor.map { $0 < 4 } ?? false)
            }
        }
        guard includesHidden, let pathText = step.input("path")?.text else { return false }
        for line in pathText.split(whereSeparator: { $0 == "\n" }) {
            let raw = String(ScalarText.trimBlanks(line))
            if raw.isEmpty || raw.hasPrefix("!") { continue }
            if Self.broadPaths.contains(raw) || ScalarText.contains(raw, ".git/") || raw.hasSuffix(".git") { return true }
            if checkoutPaths.contains(normalise(raw)) { return true }
        }
        return false
    }
}
