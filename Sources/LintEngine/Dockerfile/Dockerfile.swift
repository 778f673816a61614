import DeploySyntax

/// The parsed model of a Dockerfile: parser directives, comments, instructions with positions on every keyword,
/// flag and argument, the build stages and how they depend on each other.
///
/// Syntax (instructions, heredocs, shell commands) and meaning (stages, `ARG`/`ENV` values, image references) are
/// both resolved once by `DockerfileParser`; rules only read this value.
public struct Dockerfile: Sendable {
    public let file: SourceFile
    /// `# syntax=`, `# escape=` and `# check=` lines at the top of the file.
    public var directives: [ParserDirective]
    /// The escape character: `\` unless `# escape=` chose the backtick.
    public var escapeCharacter: Character
    public var comments: [DockerfileComment]
    /// Every top-level instruction in order (global `ARG`s before the first `FROM` included).
    public var instructions: [DockerfileInstruction]
    public var stages: [DockerfileStage]
    /// Problems met while parsing; the engine reports each as a parse-error finding.
    public var diagnostics: [Diagnostic]

    public init(file: SourceFile, diagnostics: [Diagnostic] = []) {
        self.init(
            file: file, directives: [], escapeCharacter: "\\", comments: [], instructions: [], stages: [],
            diagnostics: diagnostics
        )
    }

    public init(
        file: SourceFile, directives: [ParserDirective], escapeCharacter: Character, comments: [DockerfileComment],
        instructions: [DockerfileInstruction], stages: [DockerfileStage], diagnostics: [Diagnostic]
    ) {
        self.file = file
        self.directives = directives
        self.escapeCharacter = escapeCharacter
        self.comments = comments
        self.instructions = instructions
        self.stages = stages
        self.diagnostics = diagnostics
    }

    /// The directive with this name (lowercase), if written.
    public func directive(_ name: String) -> ParserDirective? {
        directives.first { $0.name == name }
    }

    /// The stage whose filesystem becomes the image (the last one), nil when there is no `FROM`.
    public var finalStage: DockerfileStage? { stages.last }

    public var isMultiStage: Bool { stages.count > 1 }

    /// The instructions of a stage, its `FROM` first.
    public func instructions(in stage: DockerfileStage) -> ArraySlice<DockerfileInstruction> {
        instructions[stage.instructionIndices]
    }

    /// The global `ARG` instructions before the first `FROM`.
    public var globalArgInstructions: ArraySlice<DockerfileInstruction> {
        let end = stages.first?.instructionIndices.lowerBound ?? instructions.count
        return instructions[0..<end]
    }

    /// The stage with this name (case-insensitive, as Docker matches names).
    public func stage(named name: String) -> DockerfileStage? {
        let lower = name.lowercased()
        return stages.first { $0.name == lower }
    }

    /// A stage and the stages it is built on through `FROM <stage>`, the root first and `stageIndex` last.
    public func lineage(ofStage stageIndex: Int) -> [Int] {
        var chain: [Int] = []
        var current: Int? = stageIndex
        var seen = Set<Int>()
        while let index = current, index >= 0, index < stages.count, !seen.contains(index) {
            seen.insert(index)
            chain.append(index)
            current = stages[index].baseStageIndex
        }
        return chain.reversed()
    }

    /// The stages whose layers end up in the final image: the final stage and the stages it is built on.
    public var finalLineage: [Int] {
        guard let last = stages.last else { return [] }
        return lineage(ofStage: last.index)
    }

    /// The external image at the root of a stage's lineage (nil for `scratch`-less unknowns and unresolved bases).
    public func rootImage(ofStage stageIndex: Int) -> ImageReference? {
        guard let root = lineage(ofStage: stageIndex).first else { return nil }
        return stages[root].baseImage
    }

    /// What a `COPY --from=<value>` in stage `stageIndex` refers to.
    public func resolveCopySource(_ value: String, inStage stageIndex: Int) -> CopySource {
        if let number = Int(value), value.allSatisfy(\.isNumber) {
            if number < stageIndex { return .stage(number) }
            if number == stageIndex { return .ownStage }
            return number < stages.count ? .laterStage(number) : .missingIndex(number)
        }
        let lower = value.lowercased()
        if let match = stages.first(where: { $0.name == lower }) {
            if match.index < stageIndex { return .stage(match.index) }
            if match.index == stageIndex { return .ownStage }
            return .laterStage(match.index)
        }
        return .image
    }

    /// Expands `$VAR`, `${VAR}` and `${VAR:-default}` in a raw argument with the values in effect at an instruction,
    /// removing quotes and escapes as Docker does. `isComplete` is false when a referenced variable is unknown.
    public func expand(_ raw: String, at instruction: DockerfileInstruction) -> (value: String, isComplete: Bool) {
        let escape: UInt8 = escapeCharacter == "`" ? Bytes.backtick : Bytes.backslash
        return VariableExpander(escape: escape).expand(Array(raw.utf8), variables: instruction.variables)
    }
}

/// What `COPY --from=<value>` names.
public enum CopySource: Sendable, Hashable {
    /// An earlier stage (by name or index).
    case stage(Int)
    /// The stage that contains the `COPY` itself.
    case ownStage
    /// A stage defined after the `COPY` (Docker treats the name as an image to pull).
    case laterStage(Int)
    /// A numeric index with no stage.
    case missingIndex(Int)
    /// Not a stage: Docker pulls an image of that name.
    case image
}

/// A parser directive (`# syntax=docker/dockerfile:1`, `# escape=\``, `# check=…`).
public struct ParserDirective: Sendable, Hashable {
    /// Lowercased name.
    public var name: String
    public var value: String
    public var range: SourceRange
    public var nameRange: SourceRange
    public var valueRange: SourceRange

    public init(name: String, value: String, range: SourceRange, nameRange: SourceRange, valueRange: SourceRange) {
        self.name = name
        self.value = value
        self.range = range
        self.nameRange = nameRange
        self.valueRange = valueRange
    }
}

/// A `#` comment line (including comment lines inside continued instructions, which Docker drops).
public struct DockerfileComment: Sendable, Hashable {
    /// The text after `#`, untrimmed.
    public var text: String
    public var range: SourceRange

    public init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// A build stage: a `FROM` and the instructions up to the next `FROM`.
public struct DockerfileStage: Sendable {
    /// 0-based, as `COPY --from=0` counts.
    public var index: Int
    /// The name after `AS`, lowercased (Docker matches stage names case-insensitively).
    public var name: String?
    public var nameRange: SourceRange?
    /// Indices into `Dockerfile.instructions`, the `FROM` first.
    public var instructionIndices: Range<Int>
    /// The external image this stage starts from; nil when it builds on an earlier stage or is unresolved.
    public var baseImage: ImageReference?
    /// The earlier stage this one builds on (`FROM builder`).
    public var baseStageIndex: Int?
    /// Stages this stage copies files from with `COPY --from` (or `RUN --mount=from=`), in order, without repeats.
    public var copiesFromStages: [Int]

    public init(
        index: Int, name: String?, nameRange: SourceRange?, instructionIndices: Range<Int>,
        baseImage: ImageReference?, baseStageIndex: Int?, copiesFromStages: [Int]
    ) {
        self.index = index
        self.name = name
        self.nameRange = nameRange
        self.instructionIndices = instructionIndices
        self.baseImage = baseImage
        self.baseStageIndex = baseStageIndex
        self.copiesFromStages = copiesFromStages
    }

    /// The index of the `FROM` instruction.
    public var fromInstructionIndex: Int { instructionIndices.lowerBound }

    /// `name` if the stage has one, else its index, for messages.
    public var displayName: String { name.map { "'\($0)'" } ?? "#\(index)" }
}
