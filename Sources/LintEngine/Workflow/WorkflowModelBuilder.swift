import DeploySyntax

/// Builds a `Workflow` from the positioned YAML tree. Malformed parts are left out of the model (actionlint
/// reports the schema); rules judge what is there.
public struct WorkflowModelBuilder: YAMLModelBuilder {
    public init() {}

    public func emptyModel(of file: SourceFile, diagnostics: [Diagnostic]) -> Workflow {
        Workflow(file: file, diagnostics: diagnostics)
    }

    /// Reads the top-level keys.
    public func read(root: YAMLNode, pairs: [YAMLPair], into workflow: inout Workflow) {
        workflow.root = root
        let file = workflow.file
        for pair in pairs {
            // GitHub reads YAML 1.2: the key `on` is the string "on". The tree keeps raw key text, so a
            // YAML 1.1 reader's `true` never appears here.
            guard let key = pair.keyString else { continue }
            switch key {
            case "name": workflow.name = ScalarSetting(pair)
            case "on":
                workflow.on = pair
                workflow.triggers = Self.triggers(pair.value)
            case "permissions": workflow.permissions = Self.permissions(pair)
            case "env": workflow.env = Self.env(pair.value)
            case "concurrency": workflow.concurrency = pair
            case "jobs":
                workflow.jobsKey = pair.key
                for jobPair in pair.value.mapping ?? [] {
                    guard let id = jobPair.keyString, jobPair.value.isMapping else { continue }
                    workflow.jobs.append(Self.job(id: id, pair: jobPair, file: file))
                }
            default: break
            }
        }
    }

    static func triggers(_ node: YAMLNode) -> [WorkflowTrigger] {
        switch node.content {
        case .scalar(let s):
            return [WorkflowTrigger(name: s.value, nameNode: node, config: nil, inputs: [])]
        case .sequence(let items):
            return items.compactMap { item in
                item.string.map { WorkflowTrigger(name: $0, nameNode: item, config: nil, inputs: []) }
            }
        case .mapping(let pairs):
            return pairs.compactMap { p in
                guard let name = p.keyString else { return nil }
                let config = ScalarText.isNull(p.value) ? nil : p.value
                var inputs: [WorkflowInputDefinition] = []
                for ip in config?["inputs"]?.mapping ?? [] {
                    guard let inputName = ip.keyString else { continue }
                    inputs.append(WorkflowInputDefinition(name: inputName, key: ip.key, type: ip.value["type"]?.string.map(ScalarText.lower)))
                }
                return WorkflowTrigger(name: name, nameNode: p.key, config: config, inputs: inputs)
            }
        }
    }

    static func permissions(_ pair: YAMLPair) -> WorkflowPermissions {
        let v = pair.value
        if let pairs = v.mapping {
            if pairs.isEmpty { return WorkflowPermissions(pair: pair, value: .none) }
            let scopes = pairs.compactMap { p -> WorkflowPermissionScope? in
                guard let name = p.keyString else { return nil }
                return WorkflowPermissionScope(name: name, level: ScalarText.lower(p.value.string ?? ""), key: p.key, value: p.value)
            }
            return WorkflowPermissions(pair: pair, value: .scopes(scopes))
        }
        let text = ScalarText.lower(ScalarText.trimBlanks(v.string ?? ""))
        switch text {
        case "read-all": return WorkflowPermissions(pair: pair, value: .readAll)
        case "write-all": return WorkflowPermissions(pair: pair, value: .writeAll)
        default: return WorkflowPermissions(pair: pair, value: .other(text))
        }
    }

    static func env(_ node: YAMLNode) -> [WorkflowEnvEntry] {
        (node.mapping ?? []).compactMap { p in
            p.keyString.map { WorkflowEnvEntry(name: $0, key: p.key, value: p.value) }
        }
    }

    static func with(_ node: YAMLNode) -> [WorkflowWithInput] {
        (node.mapping ?? []).compactMap { p in
            p.keyString.map { WorkflowWithInput(name: $0, key: p.key, value: p.value) }
        }
    }

    static func job(id: String, pair: YAMLPair, file: SourceFile) -> WorkflowJob {
        var job = WorkflowJob(id: id, key: pair.key, node: pair.value)
        for p in pair.value.mapping ?? [] {
            guard let key = p.keyString else { continue }
            let v = p.value
            switch key {
            case "name": job.name = ScalarSetting(p)
            case "runs-on": job.runsOn = runsOn(v)
            case "needs":
                job.needs = ScalarSetting.items(of: v)
            case "if": job.ifCondition = ScalarSetting(p)
            case "env": job.env = env(v)
            case "timeout-minutes": job.timeoutMinutes = ScalarSetting(p)
            case "concurrency": job.concurrency = p
            case "permissions": job.permissions = permissions(p)
            case "environment":
                if v.isMapping {
                    job.environment = WorkflowEnvironment(pair: p, name: v.pair("name").flatMap(ScalarSetting.init(_:)))
                } else if !ScalarText.isNull(v) {
                    job.environment = WorkflowEnvironment(pair: p, name: ScalarSetting(p))
                }
            case "steps":
                job.steps = (v.sequence ?? []).enumerated().compactMap { index, item in
                    item.isMapping ? step(index: index, node: item, file: file) : nil
                }
            case "uses": job.uses = actionReference(v, file: file)
            case "with": job.with = with(v)
            case "secrets": job.secrets = p
            case "container": job.container = p
            case "services": job.services = p
            case "strategy": job.strategy = v
            default: break
            }
        }
        return job
    }

    static func runsOn(_ node: YAMLNode) -> WorkflowRunsOn {
        if let pairs = node.mapping {
            var labels: [ScalarSetting] = []
            var group: ScalarSetting?
            for p in pairs {
                switch p.keyString {
                case "labels": labels = ScalarSetting.items(of: p.value)
                case "group": group = ScalarSetting(p)
                default: break
                }
            }
            return WorkflowRunsOn(node: node, labels: labels, group: group)
        }
        return WorkflowRunsOn(node: node, labels: ScalarSetting.items(of: node), group: nil)
    }

    static func step(index: Int, node: YAMLNode, file: SourceFile) -> WorkflowStep {
        var step = WorkflowStep(index: index, node: node)
        for p in node.mapping ?? [] {
            guard let key = p.keyString else { continue }
            switch key {
            case "id": step.id = ScalarSetting(p)
            case "name": step.name = ScalarSetting(p)
            case "uses": step.uses = actionReference(p.value, file: file)
            case "run": step.run = ScalarSetting(p)
            case "with": step.with = with(p.value)
            case "env": step.env = env(p.value)
            case "shell": step.shell = ScalarSetting(p)
            case "if": step.ifCondition = ScalarSetting(p)
            case "working-directory": step.workingDirectory = ScalarSetting(p)
            default: break
            }
        }
        return step
    }

    /// Parses `owner/repo[/path]@ref`, `./local/path` and `docker://image`.
    static func actionReference(_ node: YAMLNode, file: SourceFile) -> WorkflowActionReference? {
        guard let raw = node.string, !ScalarText.isNull(node) else { return nil }
        let text = String(ScalarText.trimBlanks(raw))
        let comment = node.aliasRange == nil ? versionComment(after: node, file: file) : nil
        if text.hasPrefix("./") || text.hasPrefix(".\\") {
            return WorkflowActionReference(text: text, node: node, kind: .local(path: text), ref: nil, refRange: nil, versionComment: comment)
        }
        if text.hasPrefix("docker://") {
            let image = String(text.dropFirst("docker://".count))
            return WorkflowActionReference(text: text, node: node, kind: .docker(image: image), ref: nil, refRange: nil, versionComment: comment)
        }
        let bytes = Array(text.utf8)
        var ref: String?
        var refRange: SourceRange?
        var body = Substring(text)
        if let at = bytes.lastIndex(of: 0x40) {
            ref = String(decoding: bytes[(at + 1)...], as: UTF8.self)
            body = Substring(String(decoding: bytes[..<at], as: UTF8.self))
            if node.aliasRange == nil, let map = ScalarSourceMap(node: node, file: file),
               let rawAt = Array(raw.utf8).lastIndex(of: 0x40) {
                let start = rawAt + 1
                refRange = map.sourceRange(of: start..<(start + (ref?.utf8.count ?? 0)))
            } else {
                refRange = node.reportRange
            }
        }
        let parts = body.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2 else {
            return WorkflowActionReference(text: text, node: node, kind: .repository(owner: String(body), repo: "", path: nil),
                                           ref: ref, refRange: refRange, versionComment: comment)
        }
        let path = parts.count == 3 ? String(parts[2]) : nil
        return WorkflowActionReference(text: text, node: node, kind: .repository(owner: String(parts[0]), repo: String(parts[1]), path: path),
                                       ref: ref, refRange: refRange, versionComment: comment)
    }

    /// `# v4.2.1`, `# tag=v4.2.1` or `# pin@v4.2.1` after a one-line value, as Renovate and pinning tools write.
    static func versionComment(after node: YAMLNode, file: SourceFile) -> String? {
        let range = node.range
        guard range.start.line == range.end.line else { return nil }
        let bytes = file.bytes
        var i = range.end.offset
        let lineEnd = file.lineEnd(ofLineIndex: range.end.line - 1)
        while i < lineEnd, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x22 || bytes[i] == 0x27 { i += 1 }
        guard i < lineEnd, bytes[i] == 0x23 else { return nil }
        i += 1
        while i < lineEnd, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        var j = i
        while j < lineEnd, bytes[j] != 0x20, bytes[j] != 0x09 { j += 1 }
        var token = Substring(String(decoding: bytes[i..<j], as: UTF8.self))
        for prefix in ["tag=", "pin@", "ratchet:"] where token.hasPrefix(prefix) { token = token.dropFirst(prefix.count) }
        if let at = token.lastIndex(of: "@") { token = token[token.index(after: at)...] }
        guard WorkflowActionReference.major(of: String(token)) != nil else { return nil }
        return String(token)
    }
}
