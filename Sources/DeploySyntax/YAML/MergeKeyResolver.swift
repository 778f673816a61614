/// Applies YAML merge keys (`<<: *base`, `<<: [*a, *b]`) and reports duplicate keys.
///
/// Keys written in the mapping win over merged ones; among several merged mappings the earlier wins, as the
/// merge-key spec says. Merged pairs take the place of the `<<` pair, so key order follows the source.
struct MergeKeyResolver {
    let path: String

    func resolve(_ pairs: [YAMLPair]) -> ([YAMLPair], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var hasMerge = false
        var explicitKeys: [String: Int] = [:]
        var kept: [YAMLPair] = []
        kept.reserveCapacity(pairs.count)

        for pair in pairs {
            if isMergeKey(pair.key) {
                hasMerge = true
                kept.append(pair)
                continue
            }
            if let key = pair.key.scalar?.value {
                if let earlier = explicitKeys[key] {
                    let first = kept[earlier].key
                    diagnostics.append(Diagnostic(
                        severity: .error,
                        code: "yaml-duplicate-key",
                        message: "duplicate key '\(key)' in this mapping; the later value wins in most tools, but the first is silently lost",
                        path: path,
                        range: pair.key.reportRange,
                        related: [.init(path: path, range: first.reportRange, message: "'\(key)' first defined here")]
                    ))
                    // Keep the later value, in the earlier place: what PyYAML and Compose see.
                    kept[earlier] = pair
                    continue
                }
                explicitKeys[key] = kept.count
            }
            kept.append(pair)
        }
        guard hasMerge else { return (kept, diagnostics) }

        var result: [YAMLPair] = []
        var present = Set(explicitKeys.keys)
        for pair in kept {
            guard isMergeKey(pair.key) else {
                result.append(pair)
                continue
            }
            let sources: [YAMLNode]
            switch pair.value.content {
            case .mapping: sources = [pair.value]
            case .sequence(let items): sources = items
            case .scalar:
                diagnostics.append(Diagnostic(
                    severity: .error, code: "yaml-bad-merge",
                    message: "merge key '<<' needs a mapping or a list of mappings (usually an alias such as *defaults), not a scalar",
                    path: path, range: pair.value.reportRange))
                continue
            }
            for source in sources {
                guard let merged = source.mapping else {
                    diagnostics.append(Diagnostic(
                        severity: .error, code: "yaml-bad-merge",
                        message: "merge key '<<' can only merge mappings; this is \(source.kindDescription)",
                        path: path, range: source.reportRange))
                    continue
                }
                for inner in merged {
                    guard let key = inner.key.scalar?.value else { continue }
                    if present.contains(key) { continue }
                    present.insert(key)
                    var copy = inner
                    copy.mergeKeyRange = copy.mergeKeyRange ?? pair.key.range
                    result.append(copy)
                }
            }
        }
        return (result, diagnostics)
    }

    private func isMergeKey(_ node: YAMLNode) -> Bool {
        guard let scalar = node.scalar, scalar.value == "<<", scalar.style == .plain else { return false }
        return node.tag == nil || node.tag == "tag:yaml.org,2002:merge"
    }
}
