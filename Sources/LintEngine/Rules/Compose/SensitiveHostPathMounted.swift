import DeploySyntax

/// DC004: the Docker socket, the host's root or a system directory mounted into a container.
public struct SensitiveHostPathMounted: ComposeRule {
    public let id = "DC004"
    public init() {}

    /// Host directories whose mount exposes the host (exact paths, trailing slash ignored).
    static let systemPaths: [String: String] = [
        "/": "the host's whole filesystem",
        "/etc": "the host's configuration (users, sudoers, cron)",
        "/root": "root's home (SSH keys, credentials)",
        "/boot": "the host's kernel and boot loader",
        "/var/lib/docker": "every container's filesystem and the daemon's state",
        "/var/run": "the host's runtime sockets, the Docker socket included",
        "/run": "the host's runtime sockets, the Docker socket included",
    ]

    static let sockets = ["docker.sock", "containerd.sock", "podman.sock", "crio.sock", "dockershim.sock"]

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        for service in compose.services {
            for mount in service.volumes where mount.type == .bind {
                guard let source = mount.resolvedSource else { continue }
                var path = source
                while path.count > 1, path.hasSuffix("/") { path.removeLast() }
                let range = mount.sourceRange ?? mount.range
                if let socket = Self.sockets.first(where: { path.hasSuffix("/" + $0) }) {
                    let ro = mount.readOnly ? " (read-only does not help: the API behind the socket is writable)" : ""
                    out.append(Violation(
                        range: range,
                        message: "service '\(service.name)' mounts the container runtime socket \(socket)\(ro): whoever controls the container can start a privileged container and own the host; use a socket proxy that allows only the API calls it needs, or remove the mount"))
                } else if let what = Self.systemPaths[path] {
                    out.append(Violation(
                        range: range,
                        message: "service '\(service.name)' mounts the host path '\(path)' (\(what))\(mount.readOnly ? " read-only" : " read-write"): mount only the files it needs",
                        severity: mount.readOnly ? .warning : nil))
                }
            }
        }
        return out
    }
}
