import DeploySyntax

/// DF018: `COPY --from` (or `RUN --mount=from=`) names no earlier stage: its own stage, a later one, a missing
/// index, or a bare name that is probably a misspelt stage (Docker would pull an image of that name).
public struct CopyFromUnknownStage: DockerfileRule {
    public let id = "DF018"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for instruction in dockerfile.instructions {
            guard let stageIndex = instruction.stageIndex else { continue }
            var references: [(value: String, range: SourceRange)] = []
            if instruction.keyword == .copy, let flag = instruction.flag("from"), let value = flag.value {
                references.append((value, flag.valueRange ?? flag.range))
            }
            if instruction.keyword == .run {
                for flag in instruction.flags where flag.name.lowercased() == "mount" {
                    if let from = flag.options["from"] {
                        references.append((from, Self.optionRange("from", of: flag, in: dockerfile.file) ?? flag.valueRange ?? flag.range))
                    }
                }
            }
            for reference in references {
                let (value, complete) = dockerfile.expand(reference.value, at: instruction)
                guard complete, !value.isEmpty else { continue }
                if let message = Self.problem(value, stageIndex: stageIndex, in: dockerfile) {
                    violations.append(Violation(range: reference.range, message: message))
                }
            }
        }
        return violations
    }

    /// The range of one `key=value` option's value inside a `--mount` flag, when the flag is written plainly
    /// (no quotes or escapes, so source bytes and value bytes line up).
    static func optionRange(_ key: String, of flag: InstructionFlag, in file: SourceFile) -> SourceRange? {
        guard let valueRange = flag.valueRange, let value = flag.value else { return nil }
        let start = valueRange.start.offset
        guard valueRange.end.offset - start == value.utf8.count,
              Array(file.bytes[start..<valueRange.end.offset]) == Array(value.utf8) else { return nil }
        var offset = start
        for part in value.split(separator: ",", omittingEmptySubsequences: false) {
            let length = part.utf8.count
            if let eq = part.firstIndex(of: "="), part[..<eq].lowercased() == key {
                let valueStart = offset + part[..<eq].utf8.count + 1
                return file.range(from: valueStart, to: offset + length)
            }
            offset += length + 1
        }
        return nil
    }

    static func problem(_ value: String, stageIndex: Int, in dockerfile: Dockerfile) -> String? {
        switch dockerfile.resolveCopySource(value, inStage: stageIndex) {
        case .stage:
            return nil
        case .ownStage:
            return "--from=\(value) names the stage this instruction is in: a stage can only copy from earlier stages"
        case .laterStage(let later):
            let line = dockerfile.fromInstruction(of: dockerfile.stages[later]).keywordRange.start.line
            return "--from=\(value) names a stage defined later (line \(line)); Docker only sees earlier stages and would pull an image named '\(value)' instead: move that stage above this one"
        case .missingIndex(let n):
            return "--from=\(n) names no stage: this Dockerfile has stages 0 to \(dockerfile.stages.count - 1)"
        case .image:
            // A reference with a registry, path, tag or digest is clearly an image.
            if value.utf8Contains("/") || value.utf8Contains(":") || value.utf8Contains("@") || value.utf8Contains(".") { return nil }
            let names = dockerfile.stages.prefix(stageIndex).compactMap(\.name)
            let lowerValue = value.lowercased()
            let lower = Array(lowerValue.utf8)
            // A stage whose name holds the value as a dash-separated part (`set` → `license-set`), else a near spelling.
            let close = names.first { $0.split(separator: "-").contains(Substring(lowerValue)) }
                ?? names.first { DockerfileParsing.editDistance(lower, Array($0.utf8)) <= 2 }
            if let close {
                return "--from=\(value) names no stage, so Docker would pull an image named '\(value)': did you mean the stage '\(close)'?"
            }
            return nil
        }
    }
}
