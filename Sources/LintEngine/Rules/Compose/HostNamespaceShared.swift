import DeploySyntax

/// DC003: `network_mode`, `pid`, `ipc`, `uts` or `userns_mode` set to `host` removes a layer of isolation.
public struct HostNamespaceShared: ComposeRule {
    public let id = "DC003"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        for service in compose.services {
            let settings: [(String, ScalarSetting?, String)] = [
                ("network_mode", service.networkMode, "it sees every host interface and can bind any host port, bypassing the published-ports list"),
                ("pid", service.pid, "it sees and can signal every process on the host"),
                ("ipc", service.ipc, "it shares the host's shared memory and semaphores"),
                ("uts", service.uts, "it can change the host's hostname"),
                ("userns_mode", service.usernsMode, "it leaves the daemon's user namespace remapping, so root in the container is root on the host"),
            ]
            for (key, value, why) in settings {
                guard let value, ScalarText.lower(ScalarText.trimBlanks(value.text)) == "host" else { continue }
                out.append(Violation(
                    range: value.range,
                    message: "service '\(service.name)' uses the host's namespace (`\(key): host`): \(why); remove it and use the compose network and published ports"))
            }
        }
        return out
    }
}
