import DeploySyntax

/// The meaning pass after parsing: groups instructions into stages, resolves `FROM` images with the global `ARG`s,
/// links stages built on or copied from other stages, and records the `ARG`/`ENV` values in effect at each instruction.
enum StageResolver {
    static func resolve(_ dockerfile: inout Dockerfile, escape: UInt8) {
        let expander = VariableExpander(escape: escape)
        var globals: [String: String] = [:]
        var stages: [DockerfileStage] = []
        var stageEnvironments: [[String: String]] = []
        var current: Int?
        var variables: [String: String] = [:]
        var environment: [String: String] = [:]
        var reportedBeforeFrom = false

        func expand(_ raw: String, _ vars: [String: String]) -> (value: String, isComplete: Bool) {
            expander.expand(Array(raw.utf8), variables: vars)
        }

        func closeStage(at end: Int) {
            guard let c = current else { return }
            stages[c].instructionIndices = stages[c].instructionIndices.lowerBound..<end
            stageEnvironments[c] = environment
        }

        func stageIndex(named value: String, before limit: Int) -> Int? {
            if let n = Int(value), value.allSatisfy(\.isNumber) { return n < limit ? n : nil }
            let lower = value.lowercased()
            return stages.prefix(limit).first { $0.name == lower }?.index
        }

        for i in dockerfile.instructions.indices {
            var instruction = dockerfile.instructions[i]
            switch instruction.keyword {
            case .from:
                closeStage(at: i)
                instruction.variables = globals
                let index = stages.count
                var baseStage: Int?
                var baseImage: ImageReference?
                if var clause = instruction.from {
                    // `ARG BASE=` (empty) means "pass it with --build-arg": treat it as unknown, not as "".
                    let (expanded, complete) = expand(clause.imageWord.raw, globals.filter { !$0.value.isEmpty })
                    clause.expandedImage = expanded
                    clause.isResolved = complete
                    let lower = expanded.lowercased()
                    if let stage = stages.first(where: { $0.name == lower }) {
                        baseStage = stage.index
                    } else if complete {
                        baseImage = ImageReference(parsing: expanded)
                    }
                    clause.image = baseImage
                    clause.baseStageIndex = baseStage
                    instruction.from = clause
                }
                stages.append(DockerfileStage(
                    index: index, name: instruction.from?.stageName?.lowercased(),
                    nameRange: instruction.from?.stageNameRange, instructionIndices: i..<(i + 1),
                    baseImage: baseImage, baseStageIndex: baseStage, copiesFromStages: []
                ))
                stageEnvironments.append([:])
                current = index
                environment = baseStage.map { stageEnvironments[$0] } ?? [:]
                variables = environment
            case .arg:
                instruction.variables = current == nil ? globals : variables
                for pair in instruction.keyValues {
                    if current == nil {
                        if let raw = pair.rawValue { globals[pair.key] = expand(raw, globals).value }
                    } else {
                        // An ENV of the same name always wins over an ARG.
                        if environment[pair.key] != nil { continue }
                        if let raw = pair.rawValue {
                            variables[pair.key] = expand(raw, variables).value
                        } else if let global = globals[pair.key] {
                            variables[pair.key] = global
                        }
                    }
                }
            case .env:
                instruction.variables = current == nil ? globals : variables
                let before = variables
                for pair in instruction.keyValues {
                    let value = expand(pair.rawValue ?? "", before).value
                    variables[pair.key] = value
                    environment[pair.key] = value
                }
            default:
                instruction.variables = current == nil ? globals : variables
            }
            if current == nil && instruction.keyword != .arg && instruction.keyword != .from
                && instruction.keyword != .unknown && !reportedBeforeFrom {
                reportedBeforeFrom = true
                dockerfile.diagnostics.append(Diagnostic(
                    severity: .error, code: DockerfileDiagnosticCode.instructionBeforeFrom,
                    message: "\(instruction.keyword.rawValue) comes before the first FROM: only ARG may precede FROM",
                    path: dockerfile.file.path, range: instruction.keywordRange
                ))
            }
            instruction.stageIndex = current
            if let c = current {
                var sources: [String] = []
                if instruction.keyword == .copy || instruction.keyword == .add, let from = instruction.flag("from")?.value {
                    sources.append(from)
                }
                if instruction.keyword == .run {
                    for flag in instruction.flags where flag.name.lowercased() == "mount" {
                        if let from = flag.options["from"] { sources.append(from) }
                    }
                }
                for source in sources {
                    let (value, complete) = expand(source, variables)
                    if complete, let s = stageIndex(named: value, before: c), !stages[c].copiesFromStages.contains(s) {
                        stages[c].copiesFromStages.append(s)
                    }
                }
            }
            dockerfile.instructions[i] = instruction
        }
        closeStage(at: dockerfile.instructions.count)
        if stages.isEmpty, let first = dockerfile.instructions.first {
            dockerfile.diagnostics.append(Diagnostic(
                severity: .error, code: DockerfileDiagnosticCode.noFrom,
                message: "the Dockerfile has no FROM instruction: every build starts with FROM",
                path: dockerfile.file.path, range: first.keywordRange
            ))
        }
        dockerfile.stages = stages
    }
}
