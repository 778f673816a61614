import DeploySyntax
import DeploymentSpec
import Foundation

/// One `generate` run, from a spec file to a write plan, with every decision made before anything is written.
/// The CLI parses arguments, calls `prepare`, prints, and calls `OutputDirectory.apply` unless `--dry-run`.
public struct GenerationRun: Sendable {
    public var specPath: String
    public var outputDirectory: String
    public var only: Set<OutputCategory>?
    public var force: Bool

    public init(specPath: String, outputDirectory: String, only: Set<OutputCategory>? = nil, force: Bool = false) {
        self.specPath = specPath
        self.outputDirectory = outputDirectory
        self.only = only
        self.force = force
    }

    /// A spec with errors: nothing may be generated from it.
    public struct InvalidSpec: Error, Sendable {
        public var validation: SpecValidation
    }

    public enum Outcome: Sendable {
        /// The spec has errors: nothing may be written.
        case invalidSpec(SpecValidation)
        /// What to write; `validation` may still hold warnings.
        case planned(WritePlan, plan: StackPlan, validation: SpecValidation)
    }

    /// The spec's files, or the validation that stopped them. Relative paths are taken from `workingDirectory`.
    public func render(workingDirectory: String) -> Result<(plan: StackPlan, files: [GeneratedFile], validation: SpecValidation), InvalidSpec> {
        // Messages name the spec as the user wrote it; the bytes come from its absolute path.
        let absoluteSpec = RelativePath.absolute(specPath, base: workingDirectory)
        let validation: SpecValidation
        if let data = FileManager.default.contents(atPath: absoluteSpec) {
            validation = DeploymentSpecLoader.validate(SourceFile(path: specPath, bytes: [UInt8](data)))
        } else {
            validation = DeploymentSpecLoader.load(path: absoluteSpec)
        }
        guard !validation.hasErrors, let resolved = validation.resolved else { return .failure(InvalidSpec(validation: validation)) }
        let layout = OutputLayout(outputDirectory: absoluteOutput(workingDirectory), specDirectory: RelativePath.directory(of: absoluteSpec))
        let plan = StackPlan(resolved: resolved, layout: layout)
        return .success((plan, ContainerStackGenerator.files(for: plan, only: only), validation))
    }

    /// Loads and validates the spec, renders the files and plans the writes. Relative paths are taken from
    /// `workingDirectory`; the plan's `directory` is absolute, ready for `OutputDirectory(path:).apply`.
    public func prepare(workingDirectory: String) throws(OutputError) -> Outcome {
        switch render(workingDirectory: workingDirectory) {
        case .failure(let invalid):
            return .invalidSpec(invalid.validation)
        case .success(let rendered):
            let writePlan = try OutputDirectory(path: absoluteOutput(workingDirectory)).plan(rendered.files, force: force)
            return .planned(writePlan, plan: rendered.plan, validation: rendered.validation)
        }
    }

    private func absoluteOutput(_ workingDirectory: String) -> String {
        RelativePath.absolute(outputDirectory, base: workingDirectory)
    }

    /// The command that shows what regeneration would change for one file's category.
    public func differenceCommand(for entry: PlannedWrite) -> String {
        var words = ["specql-deploy", "generate", specPath, "-o", outputDirectory, "--only", entry.file.category.rawValue, "--dry-run", "--diff"]
        words = words.map(ShellQuoting.quote)
        return words.joined(separator: " ")
    }

    /// The per-file summary: written, unchanged, refused (with the reason and what to do).
    public func summary(_ plan: WritePlan, stack: StackPlan, dryRun: Bool, style: TerminalStyle) -> String {
        var lines = ["\(outputDirectory) (\(stack.framework.rawValue), \(stack.pattern.rawValue))\(dryRun ? ", dry run: nothing written" : ""):"]
        var written = 0, unchanged = 0, refused = 0
        for entry in plan.entries {
            let path = entry.file.path
            switch entry.action {
            case .create:
                written += 1
                lines.append("  " + style.paint(dryRun ? "would create" : "created", .green) + "    " + path)
            case .update:
                written += 1
                lines.append("  " + style.paint(dryRun ? "would update" : "updated", .green) + "    " + path)
            case .overwriteEdited:
                written += 1
                lines.append("  " + style.paint(dryRun ? "would replace" : "replaced", .yellow) + "   " + path + " (edited by hand; --force)")
            case .unchanged:
                unchanged += 1
                lines.append("  " + style.paint("unchanged", .dim) + "  " + path)
            case .refuseEdited:
                refused += 1
                lines.append("  " + style.paint("refused", .red) + "    " + path
                    + ": edited since it was generated, left as is. See the difference: " + differenceCommand(for: entry)
                    + " (keep your version, or replace it with --force)")
            case .refuseUnmanaged:
                refused += 1
                lines.append("  " + style.paint("refused", .red) + "    " + path
                    + ": exists but was not written by specql-deploy (not in \(GenerationManifest.fileName)); it is never overwritten. Move it away to generate it.")
            }
        }
        let verb = dryRun ? "would be written" : "written"
        lines.append("\(written) \(verb), \(unchanged) unchanged, \(refused) refused")
        return lines.joined(separator: "\n") + "\n"
    }
}
