import DeploySyntax

/// Where each value the user wrote stands, by canonical key path (`application.instances`,
/// `storage.buckets[0].name`). Compact-form keys are recorded under their full-form path
/// (`deployment.region` as `platform.region`). A path that is absent took its value from the defaults.
public struct SpecSourceMap: Hashable, Sendable {
    public var path: String
    public var ranges: [String: SourceRange]

    public init(path: String, ranges: [String: SourceRange] = [:]) {
        self.path = path
        self.ranges = ranges
    }

    public func range(of keyPath: String) -> SourceRange? { ranges[keyPath] }

    /// True when the user wrote this value (or a section containing it as a shorthand).
    public func isWritten(_ keyPath: String) -> Bool { ranges[keyPath] != nil }

    /// Builds the map from a document root.
    public static func build(from root: YAMLNode, path: String) -> SpecSourceMap {
        var map = SpecSourceMap(path: path)
        map.walk(root, prefix: "")
        return map
    }

    private static let compactKeys: [String: String] = [
        "region": "platform.region", "regions": "platform.regions", "domain": "platform.domain",
        "cluster": "kubernetes.cluster", "namespace": "kubernetes.namespace", "ingress": "kubernetes.ingress",
    ]

    private static let sectionKeys: Set<String> = [
        "platform", "database", "application", "networking", "storage", "cache", "monitoring", "security", "cicd",
        "environment", "environments",
    ]

    private mutating func walk(_ node: YAMLNode, prefix: String) {
        switch node.content {
        case .mapping(let pairs):
            for pair in pairs {
                guard let key = pair.keyString else { continue }
                let path = canonicalPath(prefix: prefix, key: key)
                if ranges[path] == nil { ranges[path] = pair.value.reportRange }
                walk(pair.value, prefix: path)
            }
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                let path = "\(prefix)[\(index)]"
                ranges[path] = item.reportRange
                walk(item, prefix: path)
            }
        case .scalar:
            break
        }
    }

    private func canonicalPath(prefix: String, key: String) -> String {
        if prefix == "deployment" {
            if Self.sectionKeys.contains(key) { return key }
            if let mapped = Self.compactKeys[key] { return mapped }
        }
        if prefix == "application" && key == "replicas" { return "application.instances" }
        if prefix == "application" && key == "hpa" { return "application.autoscale.enabled" }
        return prefix.isEmpty ? key : prefix + "." + key
    }
}
