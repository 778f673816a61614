import DeploySyntax

/// Builds a `ComposeFile` from the positioned YAML tree. Unknown or malformed settings are left out of the
/// model rather than guessed (compose's own schema validation reports them); rules only judge what is there.
public struct ComposeModelBuilder: YAMLModelBuilder {
    public init() {}

    public func emptyModel(of file: SourceFile, diagnostics: [Diagnostic]) -> ComposeFile {
        ComposeFile(file: file, diagnostics: diagnostics)
    }

    /// Reads the top-level keys (compose reads the first document only).
    public func read(root: YAMLNode, pairs: [YAMLPair], into compose: inout ComposeFile) {
        compose.root = root
        let file = compose.file
        for pair in pairs {
            guard let key = pair.keyString else { continue }
            switch key {
            case "version": compose.version = ScalarSetting(pair)
            case "name": compose.name = ScalarSetting(pair)
            case "include": compose.include = pair
            case "services":
                for servicePair in pair.value.mapping ?? [] {
                    guard let name = servicePair.keyString, servicePair.value.isMapping else { continue }
                    compose.services.append(Self.service(name: name, pair: servicePair, file: file))
                }
            case "volumes": compose.volumes = Self.namedResources(pair.value)
            case "networks": compose.networks = Self.namedResources(pair.value)
            case "secrets": compose.secrets = Self.namedResources(pair.value)
            case "configs": compose.configs = Self.namedResources(pair.value)
            default: break
            }
        }
        (compose.isOverride, compose.overrideReason) = Self.overrideStatus(path: file.path, services: compose.services)
    }

    // MARK: Override files

    /// Second name parts that mark a partial file merged over the base (`docker-compose.dev.yml`).
    static let overrideMarkers: Set<String> = ["override", "dev", "development", "local", "test", "tests", "testing", "ci", "debug", "e2e"]

    static func overrideStatus(path: String, services: [ComposeService]) -> (Bool, String?) {
        let base = ScalarText.lower(path.split(separator: "/").last ?? Substring(path))
        var parts = base.split(separator: ".")
        if parts.count > 1 { parts.removeLast() }
        if let first = parts.first, first.hasSuffix("-override") || first.hasSuffix("_override") {
            return (true, "its name marks it as an override file")
        }
        for part in parts.dropFirst() where overrideMarkers.contains(String(part)) {
            return (true, "its name marks it as an override file ('.\(part).')")
        }
        if let partial = services.first(where: { $0.image == nil && $0.build == nil && $0.extends == nil }) {
            return (true, "service '\(partial.name)' has neither image, build nor extends, so the file completes another")
        }
        return (false, nil)
    }

    // MARK: Pieces

    static func namedResources(_ node: YAMLNode) -> [ComposeNamedResource] {
        guard let pairs = node.mapping else { return [] }
        return pairs.compactMap { pair in
            guard let name = pair.keyString else { return nil }
            var external = false
            if let ext = pair.value["external"] {
                if ext.isMapping { external = true } else if case .bool(true)? = ext.resolved(.yaml11) { external = true }
            }
            return ComposeNamedResource(name: name, key: pair.key, value: pair.value, isExternal: external)
        }
    }

    static func service(name: String, pair: YAMLPair, file: SourceFile) -> ComposeService {
        var s = ComposeService(name: name, key: pair.key, node: pair.value)
        for p in pair.value.mapping ?? [] {
            guard let key = p.keyString else { continue }
            let v = p.value
            switch key {
            case "image": s.image = ScalarSetting(p)
            case "build": s.build = p
            case "user": s.user = ScalarSetting(p)
            case "privileged": s.privileged = ScalarSetting(p)
            case "cap_add": s.capAdd = ScalarSetting.items(of: v)
            case "cap_drop": s.capDrop = ScalarSetting.items(of: v)
            case "network_mode": s.networkMode = ScalarSetting(p)
            case "pid": s.pid = ScalarSetting(p)
            case "ipc": s.ipc = ScalarSetting(p)
            case "uts": s.uts = ScalarSetting(p)
            case "userns_mode": s.usernsMode = ScalarSetting(p)
            case "volumes": s.volumes = (v.sequence ?? []).map { volume($0, file: file) }
            case "volumes_from": s.volumesFrom = ScalarSetting.items(of: v)
            case "ports": s.ports = (v.sequence ?? []).compactMap { port($0, file: file) }
            case "environment":
                s.environmentPair = p
                s.environment = environment(v, file: file)
            case "env_file":
                if v.isMapping { break }
                s.envFiles = (v.sequence ?? [v]).compactMap { item in
                    if let text = item.string, !ScalarText.isNull(item) { return ScalarSetting(text: text, node: item) }
                    if let path = item["path"], let text = path.string { return ScalarSetting(text: text, node: path, key: item.pair("path")?.key) }
                    return nil
                }
            case "healthcheck": s.healthcheck = healthcheck(p)
            case "depends_on": s.dependsOn = dependencies(v)
            case "links": s.links = ScalarSetting.items(of: v)
            case "restart": s.restart = ScalarSetting(p)
            case "deploy": s.deploy = deploy(p)
            case "mem_limit": s.memLimit = ScalarSetting(p)
            case "cpus": s.cpus = ScalarSetting(p)
            case "mem_reservation": s.memReservation = ScalarSetting(p)
            case "scale": s.scale = ScalarSetting(p)
            case "read_only": s.readOnly = ScalarSetting(p)
            case "security_opt": s.securityOpt = ScalarSetting.items(of: v)
            case "logging": s.logging = logging(p)
            case "networks":
                if let items = v.sequence {
                    s.networks = items.compactMap { item in item.string.map { ScalarSetting(text: $0, node: item) } }
                } else if let pairs = v.mapping {
                    s.networks = pairs.compactMap { np in np.keyString.map { ScalarSetting(text: $0, node: np.key) } }
                }
            case "secrets": s.secrets = references(v)
            case "configs": s.configs = references(v)
            case "extends":
                if let text = v.string {
                    s.extends = ComposeExtends(pair: p, service: ScalarSetting(text: text, node: v, key: p.key), file: nil)
                } else if v.isMapping {
                    s.extends = ComposeExtends(pair: p, service: v.pair("service").flatMap(ScalarSetting.init(_:)), file: v.pair("file").flatMap(ScalarSetting.init(_:)))
                }
            case "container_name": s.containerName = ScalarSetting(p)
            case "profiles": s.profiles = ScalarSetting.items(of: v)
            case "command": s.command = v
            case "entrypoint": s.entrypoint = v
            default: break
            }
        }
        return s
    }

    static func references(_ node: YAMLNode) -> [ScalarSetting] {
        (node.sequence ?? []).compactMap { item in
            if let text = item.string { return ScalarSetting(text: text, node: item) }
            if let source = item.pair("source"), let text = source.value.string {
                return ScalarSetting(text: text, node: source.value, key: source.key)
            }
            return nil
        }
    }

    static func healthcheck(_ pair: YAMLPair) -> ComposeHealthcheck {
        let node = pair.value
        var disabled = false
        if let d = node.pair("disable").flatMap(ScalarSetting.init(_:)), d.bool == true { disabled = true }
        let test = node["test"]
        if let test {
            if let items = test.sequence, items.first?.string.map(ScalarText.upper) == "NONE" { disabled = true }
            if let text = test.string, ScalarText.upper(ScalarText.trimBlanks(text)) == "NONE" { disabled = true }
        }
        return ComposeHealthcheck(pair: pair, test: test, isDisabled: disabled)
    }

    static func dependencies(_ node: YAMLNode) -> [ComposeDependency] {
        if let items = node.sequence {
            return items.compactMap { item in
                item.string.map { ComposeDependency(service: $0, nameNode: item, condition: nil, required: true, isListForm: true) }
            }
        }
        guard let pairs = node.mapping else { return [] }
        return pairs.compactMap { p in
            guard let name = p.keyString else { return nil }
            let condition = p.value.pair("condition").flatMap(ScalarSetting.init(_:))
            let required = p.value.pair("required").flatMap(ScalarSetting.init(_:))?.bool ?? true
            return ComposeDependency(service: name, nameNode: p.key, condition: condition, required: required, isListForm: false)
        }
    }

    static func deploy(_ pair: YAMLPair) -> ComposeDeploy {
        let node = pair.value
        let limits = node[path: "resources", "limits"]
        let reservations = node[path: "resources", "reservations"]
        let restart = node.pair("restart_policy")
        return ComposeDeploy(
            pair: pair,
            replicas: node.pair("replicas").flatMap(ScalarSetting.init(_:)),
            memoryLimit: limits?.pair("memory").flatMap(ScalarSetting.init(_:)),
            cpuLimit: limits?.pair("cpus").flatMap(ScalarSetting.init(_:)),
            memoryReservation: reservations?.pair("memory").flatMap(ScalarSetting.init(_:)),
            cpuReservation: reservations?.pair("cpus").flatMap(ScalarSetting.init(_:)),
            restartPolicy: restart,
            restartPolicyCondition: restart?.value.pair("condition").flatMap(ScalarSetting.init(_:)))
    }

    static func logging(_ pair: YAMLPair) -> ComposeLogging {
        let options: [(key: String, value: ScalarSetting)] = (pair.value["options"]?.mapping ?? []).compactMap { p in
            guard let k = p.keyString, let v = ScalarSetting(p) else { return nil }
            return (k, v)
        }
        return ComposeLogging(pair: pair, driver: pair.value.pair("driver").flatMap(ScalarSetting.init(_:)), options: options)
    }

    // MARK: Environment

    static func environment(_ node: YAMLNode, file: SourceFile) -> [ComposeEnvironmentEntry] {
        if let pairs = node.mapping {
            return pairs.compactMap { p in
                guard let name = p.keyString else { return nil }
                let value: String? = ScalarText.isNull(p.value) ? nil : p.value.string
                return ComposeEnvironmentEntry(name: name, nameRange: p.key.reportRange, value: value,
                                               valueRange: value == nil ? nil : p.value.reportRange,
                                               node: p.value, valueOffset: 0, isListForm: false)
            }
        }
        guard let items = node.sequence else { return [] }
        return items.compactMap { item in
            guard let text = item.string, !ScalarText.isNull(item) else { return nil }
            let bytes = Array(text.utf8)
            let map = ScalarSourceMap(node: item, file: file)
            let eq = bytes.firstIndex(of: 0x3D)
            let nameEnd = eq ?? bytes.count
            let name = String(decoding: bytes[0..<nameEnd], as: UTF8.self)
            let nameRange = map?.sourceRange(of: 0..<nameEnd) ?? item.reportRange
            var value: String?
            var valueRange: SourceRange?
            if let eq {
                value = String(decoding: bytes[(eq + 1)...], as: UTF8.self)
                valueRange = map?.sourceRange(of: (eq + 1)..<bytes.count)
            }
            if item.aliasRange != nil {
                // Reached through an alias: point at the alias, not at the anchored text.
                return ComposeEnvironmentEntry(name: name, nameRange: item.reportRange, value: value,
                                               valueRange: value == nil ? nil : item.reportRange,
                                               node: item, valueOffset: (eq ?? bytes.count - 1) + 1, isListForm: true)
            }
            return ComposeEnvironmentEntry(name: name, nameRange: nameRange, value: value, valueRange: valueRange,
                                           node: item, valueOffset: (eq ?? bytes.count - 1) + 1, isListForm: true)
        }
    }

    // MARK: Ports

    /// Splits at `separator` outside `${…}` and `[…]`; returns byte ranges.
    static func split(_ b: [UInt8], at separator: UInt8, from start: Int = 0, to end: Int? = nil) -> [Range<Int>] {
        let end = end ?? b.count
        var parts: [Range<Int>] = []
        var depth = 0
        var bracket = false
        var partStart = start
        var i = start
        while i < end {
            let c = b[i]
            if c == 0x24, i + 1 < end, b[i + 1] == 0x7B { depth += 1; i += 2; continue }
            if c == 0x7D, depth > 0 { depth -= 1 }
            else if c == 0x5B, depth == 0 { bracket = true }
            else if c == 0x5D, depth == 0 { bracket = false }
            else if c == separator, depth == 0, !bracket {
                parts.append(partStart..<i)
                partStart = i + 1
            }
            i += 1
        }
        parts.append(partStart..<end)
        return parts
    }

    static func port(_ node: YAMLNode, file: SourceFile) -> ComposePort? {
        if node.isMapping { return longPort(node) }
        guard let text = node.string, !ScalarText.isNull(node) else { return nil }
        let b = Array(text.utf8)
        let map = ScalarSourceMap(node: node, file: file)
        func range(_ r: Range<Int>) -> SourceRange { node.aliasRange ?? map?.sourceRange(of: r) ?? node.reportRange }
        func str(_ r: Range<Int>) -> String { String(decoding: b[r], as: UTF8.self) }

        var port = ComposePort(node: node, isLongSyntax: false, hostIP: nil, hostIPRange: nil, published: nil,
                               publishedRange: nil, target: nil, targetRange: nil, proto: "tcp",
                               hostIPIsUnknown: false, dependsOnEnvironment: false)
        var parts = split(b, at: 0x3A)
        // The protocol hangs off the container part: `80/udp`.
        if var last = parts.last {
            let slashParts = split(b, at: 0x2F, from: last.lowerBound, to: last.upperBound)
            if slashParts.count > 1, let protoRange = slashParts.last {
                port.proto = ScalarText.lower(str(protoRange))
                last = last.lowerBound..<slashParts[0].upperBound
                parts[parts.count - 1] = last
            }
        }
        var unknown = false
        func resolved(_ r: Range<Int>) -> String? {
            guard let v = ComposeInterpolation.resolvingDefaults(str(r)) else {
                unknown = true
                return nil
            }
            return String(ScalarText.trimBlanks(v))
        }
        let targetPart = parts[parts.count - 1]
        port.targetRange = range(targetPart)
        port.target = resolved(targetPart).flatMap { ComposePortRange(parsing: $0) }
        if parts.count >= 2 {
            let publishedPart = parts[parts.count - 2]
            if !publishedPart.isEmpty {
                port.publishedRange = range(publishedPart)
                port.published = resolved(publishedPart).flatMap { $0.isEmpty ? nil : ComposePortRange(parsing: $0) }
            }
        }
        if parts.count >= 3 {
            let ipPart = parts[0].lowerBound..<parts[parts.count - 3].upperBound
            port.hostIPRange = range(ipPart)
            if let ip = resolved(ipPart) {
                var v = Substring(ip)
                if v.hasPrefix("["), v.hasSuffix("]") { v = v.dropFirst().dropLast() }
                port.hostIP = String(v)
            } else {
                port.hostIPIsUnknown = true
            }
        }
        port.dependsOnEnvironment = unknown
        return port
    }

    static func longPort(_ node: YAMLNode) -> ComposePort {
        var port = ComposePort(node: node, isLongSyntax: true, hostIP: nil, hostIPRange: nil, published: nil,
                               publishedRange: nil, target: nil, targetRange: nil, proto: "tcp",
                               hostIPIsUnknown: false, dependsOnEnvironment: false)
        var unknown = false
        func resolved(_ n: YAMLNode) -> String? {
            guard let s = n.string else { return nil }
            guard let v = ComposeInterpolation.resolvingDefaults(s) else { unknown = true; return nil }
            return String(ScalarText.trimBlanks(v))
        }
        if let t = node["target"] {
            port.targetRange = t.reportRange
            port.target = resolved(t).flatMap { ComposePortRange(parsing: $0) }
        }
        if let p = node["published"], !ScalarText.isNull(p) {
            port.publishedRange = p.reportRange
            port.published = resolved(p).flatMap { $0.isEmpty ? nil : ComposePortRange(parsing: $0) }
        }
        if let ip = node["host_ip"], !ScalarText.isNull(ip) {
            port.hostIPRange = ip.reportRange
            if let v = resolved(ip) {
                var s = Substring(v)
                if s.hasPrefix("["), s.hasSuffix("]") { s = s.dropFirst().dropLast() }
                port.hostIP = String(s)
            } else {
                port.hostIPIsUnknown = true
            }
        }
        if let p = node["protocol"]?.string { port.proto = ScalarText.lower(p) }
        port.dependsOnEnvironment = unknown
        return port
    }

    // MARK: Volumes

    static func volume(_ node: YAMLNode, file: SourceFile) -> ComposeVolumeMount {
        if node.isMapping { return longVolume(node) }
        let text = node.string ?? ""
        let b = Array(text.utf8)
        let map = ScalarSourceMap(node: node, file: file)
        func range(_ r: Range<Int>) -> SourceRange { node.aliasRange ?? map?.sourceRange(of: r) ?? node.reportRange }
        func str(_ r: Range<Int>) -> String { String(decoding: b[r], as: UTF8.self) }
        var parts = split(b, at: 0x3A)
        // A Windows drive letter (`C:\data:/data`) is part of the source, not a separator.
        if parts.count >= 2, parts[0].count == 1, let c = b.first, (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A,
           parts[1].lowerBound < b.count, b[parts[1].lowerBound] == 0x5C || b[parts[1].lowerBound] == 0x2F {
            parts[1] = parts[0].lowerBound..<parts[1].upperBound
            parts.removeFirst()
        }
        var mount = ComposeVolumeMount(node: node, isLongSyntax: false, type: .volume, source: nil, sourceRange: nil,
                                       target: nil, targetRange: nil, readOnly: false, mode: nil)
        switch parts.count {
        case 1:
            mount.target = str(parts[0])
            mount.targetRange = range(parts[0])
        case 2, 3:
            mount.source = str(parts[0])
            mount.sourceRange = range(parts[0])
            mount.target = str(parts[1])
            mount.targetRange = range(parts[1])
            if parts.count == 3 {
                let mode = str(parts[2])
                mount.mode = mode
                mount.readOnly = mode.split(separator: ",").contains { $0 == "ro" || $0 == "readonly" }
            }
            mount.type = sourceType(mount.source ?? "")
        default:
            mount.type = .unknown
        }
        return mount
    }

    /// Bind mount or named volume, as compose decides for the short syntax.
    static func sourceType(_ source: String) -> ComposeVolumeMount.MountType {
        let resolved = ComposeInterpolation.resolvingDefaults(source)
        let s = resolved ?? source
        if s.hasPrefix("/") || s.hasPrefix(".") || s.hasPrefix("~") || s.hasPrefix("\\") { return .bind }
        let b = Array(s.utf8)
        if b.count >= 2, b[1] == 0x3A { return .bind }  // C:...
        if resolved == nil { return b.contains(0x2F) ? .bind : .unknown }
        return s.isEmpty ? .unknown : .volume
    }

    static func longVolume(_ node: YAMLNode) -> ComposeVolumeMount {
        let typeText = node["type"]?.string.map(ScalarText.lower) ?? "volume"
        let type = ComposeVolumeMount.MountType(rawValue: typeText) ?? .unknown
        let source = node["source"].flatMap { ScalarText.isNull($0) ? nil : $0 }
        let target = node["target"]
        var readOnly = false
        if let ro = node["read_only"], case .bool(true)? = ro.resolved(.yaml11) { readOnly = true }
        return ComposeVolumeMount(node: node, isLongSyntax: true, type: type, source: source?.string,
                                  sourceRange: source?.reportRange, target: target?.string,
                                  targetRange: target?.reportRange, readOnly: readOnly, mode: nil)
    }
}
