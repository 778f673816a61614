import DeploySyntax

/// Questions rules ask about stages, answered from the parsed model.
extension Dockerfile {
    /// The instructions of the final image's lineage (the final stage and the stages it is built `FROM`), in order.
    public var finalLineageInstructions: [DockerfileInstruction] {
        finalLineage.flatMap { instructions(in: stages[$0]) }
    }

    /// The instructions of a stage's lineage, in order; with `keywords`, only those (copying fewer instructions).
    public func lineageInstructions(ofStage stageIndex: Int, _ keywords: DockerfileInstruction.Keyword...) -> [DockerfileInstruction] {
        var result: [DockerfileInstruction] = []
        for stage in lineage(ofStage: stageIndex) {
            for i in stages[stage].instructionIndices where keywords.isEmpty || keywords.contains(instructions[i].keyword) {
                result.append(instructions[i])
            }
        }
        return result
    }

    /// The instructions with one of `keywords`, in order, an `ONBUILD` trigger standing for its `ONBUILD`.
    public func instructions(_ keywords: DockerfileInstruction.Keyword..., includingTriggers: Bool = true) -> [DockerfileInstruction] {
        var result: [DockerfileInstruction] = []
        for i in instructions.indices {
            if keywords.contains(instructions[i].keyword) {
                result.append(instructions[i])
            } else if includingTriggers, let trigger = instructions[i].trigger?.instruction, keywords.contains(trigger.keyword) {
                result.append(trigger)
            }
        }
        return result
    }

    /// True when the stage's layers end up in the final image.
    public func isInFinalLineage(_ stageIndex: Int?) -> Bool {
        guard let stageIndex else { return false }
        return finalLineage.contains(stageIndex)
    }

    /// `RUN` instructions with their shell commands; with `includingTriggers`, also `ONBUILD RUN` triggers.
    public func runScripts(includingTriggers: Bool = false) -> [(instruction: DockerfileInstruction, script: ShellScript)] {
        var result: [(DockerfileInstruction, ShellScript)] = []
        for i in instructions.indices {
            if instructions[i].keyword == .run, let script = instructions[i].script {
                result.append((instructions[i], script))
            } else if includingTriggers, instructions[i].keyword == .onbuild, let trigger = instructions[i].trigger?.instruction,
                      trigger.keyword == .run, let script = trigger.script {
                result.append((trigger, script))
            }
        }
        return result
    }

    /// The base image at the root of a stage's lineage and what the catalog knows of it.
    public func baseProfile(ofStage stageIndex: Int) -> (image: ImageReference, profile: BaseImageProfile)? {
        guard let image = rootImage(ofStage: stageIndex), let profile = BaseImageCatalog.profile(for: image) else {
            return nil
        }
        return (image, profile)
    }

    /// The `FROM` instruction of a stage.
    public func fromInstruction(of stage: DockerfileStage) -> DockerfileInstruction {
        instructions[stage.fromInstructionIndex]
    }

    /// Where a finding about a whole stage goes: its image argument (or the `FROM` keyword).
    public func anchorRange(of stage: DockerfileStage) -> SourceRange {
        let from = fromInstruction(of: stage)
        return from.from?.imageWord.range ?? from.keywordRange
    }

    /// `FROM python:3.13-slim` for messages, with the image as resolved.
    public func fromDescription(of stage: DockerfileStage) -> String {
        let from = fromInstruction(of: stage)
        return "FROM \(from.from?.expandedImage ?? from.argumentText)"
    }

    /// True when a `RUN` mounts a cache or tmpfs over a path starting with one of `prefixes`.
    public static func mountsCache(_ instruction: DockerfileInstruction, over prefixes: [String]) -> Bool {
        for flag in instruction.flags where flag.name.lowercased() == "mount" {
            let options = flag.options
            let type = options["type"] ?? "bind"
            guard type == "cache" || type == "tmpfs", let target = options["target"] else { continue }
            if prefixes.contains(where: { target.hasPrefix($0) }) { return true }
        }
        return false
    }
}

extension ShellScript {
    /// True when any word of any command starts with one of `prefixes` (e.g. `rm -rf /var/lib/apt/lists/*`).
    public func mentionsPath(_ prefixes: [String]) -> Bool {
        for command in commands {
            for word in command.words where prefixes.contains(where: { word.value.hasPrefix($0) }) { return true }
        }
        return false
    }
}
