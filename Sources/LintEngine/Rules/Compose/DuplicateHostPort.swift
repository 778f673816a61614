import DeploySyntax

/// DC018: two port mappings publish the same host port on overlapping addresses: the second container
/// fails to start with "port is already allocated".
public struct DuplicateHostPort: ComposeRule {
    public let id = "DC018"
    public init() {}

    private struct Published {
        var service: ComposeService
        var port: ComposePort
        var host: ComposePortRange
    }

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        var seen: [Published] = []
        var out: [Violation] = []
        for service in compose.services {
            for port in service.ports {
                guard let host = port.published, !port.hostIPIsUnknown else { continue }
                let current = Published(service: service, port: port, host: host)
                if let earlier = seen.first(where: { conflicts($0, current) }) {
                    let owner = earlier.service.name == service.name ? "this service" : "service '\(earlier.service.name)'"
                    out.append(Violation(
                        range: port.range,
                        message: "service '\(service.name)' publishes host port \(host)/\(port.proto), which \(owner) already publishes: the second container fails with 'port is already allocated'; pick another host port",
                        related: [.init(path: compose.file.path, range: earlier.port.range, message: "first published here")]))
                }
                seen.append(current)
            }
        }
        return out
    }

    private func conflicts(_ a: Published, _ b: Published) -> Bool {
        guard a.port.proto == b.port.proto, a.host.overlaps(b.host) else { return false }
        let ipA = a.port.isPublishedOnAllInterfaces ? nil : a.port.hostIP
        let ipB = b.port.isPublishedOnAllInterfaces ? nil : b.port.hostIP
        if let ipA, let ipB, ipA != ipB { return false }
        // Services in disjoint profiles never run together.
        let pa = Set(a.service.profiles.map(\.text))
        let pb = Set(b.service.profiles.map(\.text))
        if !pa.isEmpty, !pb.isEmpty, pa.isDisjoint(with: pb) { return false }
        return true
    }
}
