import DeploySyntax

/// A compose file (compose-spec) over the positioned YAML tree: every service and setting keeps the YAML
/// node it came from, so rules report exact ranges. Anchors, aliases and `<<` merge keys are already
/// resolved by the YAML layer; interpolation is parsed on demand (`interpolation(in:)`).
public struct ComposeFile: Sendable {
    public let file: SourceFile
    /// The first document's root mapping; nil when the file is empty or did not parse.
    public var root: YAMLNode?
    /// True for a partial file merged over a base (`compose.override.yaml`, `docker-compose.dev.yml`, or a
    /// file with a service that has neither `image`, `build` nor `extends`). Rules that need the full picture
    /// (undefined references, missing settings) stay quiet on overrides: the base may hold what is missing.
    public var isOverride: Bool
    /// Why the file counts as an override (for messages and tests).
    public var overrideReason: String?
    /// The obsolete top-level `version:`.
    public var version: ScalarSetting?
    /// The top-level `name:`.
    public var name: ScalarSetting?
    /// Top-level `include:` (other files bring in services, volumes and networks).
    public var include: YAMLPair?
    public var services: [ComposeService]
    public var volumes: [ComposeNamedResource]
    public var networks: [ComposeNamedResource]
    public var secrets: [ComposeNamedResource]
    public var configs: [ComposeNamedResource]
    /// Problems met while parsing (YAML syntax, duplicate keys, malformed interpolation).
    public var diagnostics: [Diagnostic]

    public init(file: SourceFile, root: YAMLNode? = nil, isOverride: Bool = false, overrideReason: String? = nil,
                version: ScalarSetting? = nil, name: ScalarSetting? = nil, include: YAMLPair? = nil,
                services: [ComposeService] = [], volumes: [ComposeNamedResource] = [],
                networks: [ComposeNamedResource] = [], secrets: [ComposeNamedResource] = [],
                configs: [ComposeNamedResource] = [], diagnostics: [Diagnostic] = []) {
        self.file = file
        self.root = root
        self.isOverride = isOverride
        self.overrideReason = overrideReason
        self.version = version
        self.name = name
        self.include = include
        self.services = services
        self.volumes = volumes
        self.networks = networks
        self.secrets = secrets
        self.configs = configs
        self.diagnostics = diagnostics
    }

    public func service(named name: String) -> ComposeService? {
        services.first { $0.name == name }
    }

    /// The interpolation inside one scalar node, with exact positions.
    public func interpolation(in node: YAMLNode) -> ComposeInterpolatedString? {
        ComposeInterpolation.parse(node, file: file)
    }

    /// True when the file's name has a middle part (`compose.profiling.yaml`, `docker-compose.images.yml`):
    /// such files are usually combined with others (`-f compose.yaml -f compose.profiling.yaml`).
    public var isNamedAsAddOn: Bool {
        let base = file.path.split(separator: "/").last ?? Substring(file.path)
        return base.split(separator: ".").count > 2
    }

    /// True when references to services, volumes, networks, secrets or configs may be satisfied by another
    /// file: an override, an add-on file combined with `-f`, or a file with `include:`.
    public var mayReferenceOtherFiles: Bool { isOverride || include != nil || isNamedAsAddOn }
}

/// Compose's readings of a scalar setting.
extension ScalarSetting {
    /// The value as a boolean (compose accepts YAML 1.1 spellings such as `yes` leniently); nil otherwise.
    public var bool: Bool? {
        if case .bool(let b)? = node.resolved(.yaml11) { return b }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }
    /// True when the text holds `$` interpolation.
    public var isInterpolated: Bool { ComposeInterpolation.mayInterpolate(text) }
    /// The text with defaults applied; nil when it depends on an unset variable without default.
    public var resolvedText: String? { ComposeInterpolation.resolvingDefaults(text) }
}

/// A named top-level resource (`volumes:`, `networks:`, `secrets:`, `configs:`).
public struct ComposeNamedResource: Sendable {
    public var name: String
    public var key: YAMLNode
    public var value: YAMLNode
    public var isExternal: Bool
}

/// A parsed image reference: `[registry/][path/]repository[:tag][@digest]`.
public struct ComposeImageReference: Sendable, Hashable {
    public var registry: String?
    /// The repository path without registry (`library/postgres` is written `postgres`).
    public var repository: String
    public var tag: String?
    public var digest: String?

    /// Parses a reference; nil for empty text.
    public init?(parsing text: String) {
        var rest = ScalarText.trimBlanks(text)
        guard !rest.isEmpty else { return nil }
        if let at = rest.firstIndex(of: "@") {
            digest = String(rest[rest.index(after: at)...])
            rest = rest[..<at]
        } else {
            digest = nil
        }
        let components = rest.split(separator: "/", omittingEmptySubsequences: false)
        if components.count > 1, let first = components.first,
           first.contains(".") || first.contains(":") || first == "localhost" {
            registry = String(first)
            rest = rest[rest.index(rest.startIndex, offsetBy: first.count + 1)...]
        } else {
            registry = nil
        }
        let lastSlash = rest.lastIndex(of: "/")
        let lastComponentStart = lastSlash.map { rest.index(after: $0) } ?? rest.startIndex
        if let colon = rest[lastComponentStart...].lastIndex(of: ":") {
            tag = String(rest[rest.index(after: colon)...])
            repository = String(rest[..<colon])
        } else {
            tag = nil
            repository = String(rest)
        }
    }

    /// The last path component (`postgres` for `docker.io/library/postgres:16`).
    public var shortName: String {
        repository.split(separator: "/").last.map(String.init) ?? repository
    }
}

/// A service of the `services:` mapping.
public struct ComposeService: Sendable {
    public var name: String
    /// The service's key in `services:`.
    public var key: YAMLNode
    /// The service's mapping.
    public var node: YAMLNode

    public var image: ScalarSetting?
    public var build: YAMLPair?
    public var user: ScalarSetting?
    public var privileged: ScalarSetting?
    public var capAdd: [ScalarSetting] = []
    public var capDrop: [ScalarSetting] = []
    public var networkMode: ScalarSetting?
    public var pid: ScalarSetting?
    public var ipc: ScalarSetting?
    public var uts: ScalarSetting?
    public var usernsMode: ScalarSetting?
    public var volumes: [ComposeVolumeMount] = []
    public var volumesFrom: [ScalarSetting] = []
    public var ports: [ComposePort] = []
    public var environment: [ComposeEnvironmentEntry] = []
    public var environmentPair: YAMLPair?
    public var envFiles: [ScalarSetting] = []
    public var healthcheck: ComposeHealthcheck?
    public var dependsOn: [ComposeDependency] = []
    public var links: [ScalarSetting] = []
    public var restart: ScalarSetting?
    public var deploy: ComposeDeploy?
    /// Legacy `mem_limit`, `cpus`, `mem_reservation`, `scale`.
    public var memLimit: ScalarSetting?
    public var cpus: ScalarSetting?
    public var memReservation: ScalarSetting?
    public var scale: ScalarSetting?
    public var readOnly: ScalarSetting?
    public var securityOpt: [ScalarSetting] = []
    public var logging: ComposeLogging?
    /// Networks the service joins (list items or mapping keys).
    public var networks: [ScalarSetting] = []
    /// Secrets and configs the service uses (short form or long form `source`).
    public var secrets: [ScalarSetting] = []
    public var configs: [ScalarSetting] = []
    public var extends: ComposeExtends?
    public var containerName: ScalarSetting?
    public var profiles: [ScalarSetting] = []
    public var command: YAMLNode?
    public var entrypoint: YAMLNode?

    public init(name: String, key: YAMLNode, node: YAMLNode) {
        self.name = name
        self.key = key
        self.node = node
    }

    /// Where to point at the service as a whole: its name.
    public var nameRange: SourceRange { key.reportRange }

    /// The service's restart behaviour as written (`restart:` or `deploy.restart_policy.condition`).
    public var restartPolicyText: String? {
        restart?.text ?? deploy?.restartPolicyCondition?.text ?? (deploy?.restartPolicy != nil ? "any" : nil)
    }

    /// A one-shot task rather than a server: `restart: "no"`/`on-failure`, or a restart policy `none`/`on-failure`.
    /// (Services others wait for with `service_completed_successfully` are one-shot too: see `ComposeFile`.)
    public var declaresOneShotRestart: Bool {
        if let text = restart?.text.lowercased(), text == "no" || text.hasPrefix("on-failure") { return true }
        if let text = deploy?.restartPolicyCondition?.text.lowercased(), text == "none" || text == "on-failure" { return true }
        return false
    }

    /// The number of containers compose starts, when written literally.
    public var replicaCount: Int? {
        if let r = deploy?.replicas, let n = Int(r.text) { return n }
        if let s = scale, let n = Int(s.text) { return n }
        return nil
    }
}

/// `extends:` — a service inherits another's settings (`extends: web` or `{service, file}`).
public struct ComposeExtends: Sendable {
    public var pair: YAMLPair
    public var service: ScalarSetting?
    public var file: ScalarSetting?
}

/// One entry of `volumes:` in a service.
public struct ComposeVolumeMount: Sendable {
    public enum MountType: String, Sendable {
        case bind, volume, tmpfs, npipe, cluster, image
        case unknown
    }

    public var node: YAMLNode
    public var isLongSyntax: Bool
    public var type: MountType
    /// The host path or volume name as written (nil for an anonymous volume).
    public var source: String?
    public var sourceRange: SourceRange?
    public var target: String?
    public var targetRange: SourceRange?
    public var readOnly: Bool
    /// The short syntax's mode (`ro`, `rw,z`…).
    public var mode: String?

    public var range: SourceRange { node.reportRange }

    /// The source with interpolation defaults applied, when it does not depend on the environment.
    public var resolvedSource: String? { source.flatMap(ComposeInterpolation.resolvingDefaults) }
}

/// A port range such as `8000-8010` (a single port has `lower == upper`).
public struct ComposePortRange: Sendable, Hashable, CustomStringConvertible {
    public var lower: Int
    public var upper: Int

    public init(lower: Int, upper: Int) {
        self.lower = lower
        self.upper = upper
    }

    /// Parses `80` or `8000-8010`; nil when not numeric.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
              let l = Int(parts[0]), l >= 0 else { return nil }
        let u = parts.count == 2 ? Int(parts[1]) : l
        guard let u, u >= l else { return nil }
        lower = l
        upper = u
    }

    public func contains(_ port: Int) -> Bool { port >= lower && port <= upper }
    public func overlaps(_ other: ComposePortRange) -> Bool { lower <= other.upper && other.lower <= upper }
    public var description: String { lower == upper ? "\(lower)" : "\(lower)-\(upper)" }
}

/// One entry of `ports:` — short syntax `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]` or long syntax.
///
/// The short syntax is read from the raw scalar text, as compose reads it: an unquoted `22:22` is the
/// string "22:22" to compose's YAML 1.2 parser, not YAML 1.1's sexagesimal 1342.
public struct ComposePort: Sendable {
    public var node: YAMLNode
    public var isLongSyntax: Bool
    /// The host address (brackets removed); nil when not given (all interfaces).
    public var hostIP: String?
    public var hostIPRange: SourceRange?
    /// The published host port(s); nil when compose picks an ephemeral port.
    public var published: ComposePortRange?
    public var publishedRange: SourceRange?
    /// The container port(s).
    public var target: ComposePortRange?
    public var targetRange: SourceRange?
    public var proto: String
    /// True when the host IP is written but depends on a variable without default.
    public var hostIPIsUnknown: Bool
    /// True when a part depends on a variable without default, so the value is unknown.
    public var dependsOnEnvironment: Bool

    public var range: SourceRange { node.reportRange }

    /// Published on every interface of the host (no host IP, `0.0.0.0` or `::`). False when the host IP
    /// depends on a variable without default.
    public var isPublishedOnAllInterfaces: Bool {
        if hostIPIsUnknown { return false }
        guard let ip = hostIP else { return true }
        return ip == "0.0.0.0" || ip == "::" || ip.isEmpty
    }

    /// Bound to a loopback address only.
    public var isLoopbackOnly: Bool {
        guard let ip = hostIP else { return false }
        return ip == "::1" || ip == "localhost" || ip.hasPrefix("127.")
    }
}

/// One entry of `environment:` in either form: `- KEY=value` / `- KEY` (list) or `KEY: value` (map).
public struct ComposeEnvironmentEntry: Sendable {
    public var name: String
    public var nameRange: SourceRange
    /// The value as written; nil when the variable is taken from the shell (`- KEY`, `KEY:`, `KEY: null`).
    public var value: String?
    public var valueRange: SourceRange?
    /// The list item, or the mapping value.
    public var node: YAMLNode
    /// Byte offset in `node`'s value where the variable's value starts (after `=` in the list form; 0 in the map form).
    public var valueOffset: Int
    public var isListForm: Bool

    /// The whole entry: `KEY=value` or `KEY: value`.
    public var range: SourceRange {
        valueRange.map { nameRange.union($0) } ?? nameRange
    }
}

/// `healthcheck:`.
public struct ComposeHealthcheck: Sendable {
    public var pair: YAMLPair
    public var test: YAMLNode?
    /// `disable: true`, or `test: ["NONE"]`/`test: NONE`.
    public var isDisabled: Bool

    public var keyRange: SourceRange { pair.key.reportRange }
}

/// One entry of `depends_on:` (list form, or map form with `condition`).
public struct ComposeDependency: Sendable {
    public var service: String
    /// The service name's node (the list item, or the map key).
    public var nameNode: YAMLNode
    public var condition: ScalarSetting?
    /// `required: false` makes a missing dependency a warning in compose.
    public var required: Bool
    public var isListForm: Bool

    public var range: SourceRange { nameNode.reportRange }
    /// The condition as compose reads it (`service_started` when absent).
    public var effectiveCondition: String { condition?.text ?? "service_started" }
}

/// `deploy:`.
public struct ComposeDeploy: Sendable {
    public var pair: YAMLPair
    public var replicas: ScalarSetting?
    public var memoryLimit: ScalarSetting?
    public var cpuLimit: ScalarSetting?
    public var memoryReservation: ScalarSetting?
    public var cpuReservation: ScalarSetting?
    public var restartPolicy: YAMLPair?
    public var restartPolicyCondition: ScalarSetting?
}

/// `logging:`.
public struct ComposeLogging: Sendable {
    public var pair: YAMLPair
    public var driver: ScalarSetting?
    /// `options:` in source order.
    public var options: [(key: String, value: ScalarSetting)]

    public func option(_ key: String) -> ScalarSetting? {
        options.first { $0.key == key }?.value
    }
}

extension ComposeFile {
    /// Services another service waits for with `condition: service_completed_successfully`: one-shot tasks
    /// (migrations, seeders), not servers.
    public var completedTaskNames: Set<String> {
        var names: Set<String> = []
        for service in services {
            for dependency in service.dependsOn where dependency.effectiveCondition == "service_completed_successfully" {
                names.insert(dependency.service)
            }
        }
        return names
    }

    /// True when the service may get settings this file does not show: an override file (the base holds the
    /// rest) or a service that `extends` another.
    public func mayInheritSettings(_ service: ComposeService) -> Bool {
        isOverride || service.extends != nil
    }

    /// Every scalar value of the document (keys excluded), each written place once: an anchored node reached
    /// again through an alias is not repeated.
    public var valueScalars: [YAMLNode] {
        guard let root else { return [] }
        var out: [YAMLNode] = []
        var seen: Set<Int> = []
        var stack: [YAMLNode] = [root]
        while let node = stack.popLast() {
            switch node.content {
            case .scalar:
                if seen.insert(node.range.start.offset).inserted { out.append(node) }
            case .sequence(let items):
                stack.append(contentsOf: items.reversed())
            case .mapping(let pairs):
                stack.append(contentsOf: pairs.reversed().map(\.value))
            }
        }
        return out
    }
}
