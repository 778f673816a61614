import DeploySyntax

/// DC002: `cap_add` grants a capability that breaks container isolation (`ALL`, `SYS_ADMIN`, `NET_ADMIN`…).
public struct DangerousCapabilityAdded: ComposeRule {
    public let id = "DC002"
    public init() {}

    /// Capabilities outside Docker's default set that let a process escape or take over the host or its network.
    static let dangerous: [String: String] = [
        "ALL": "every capability, as good as privileged",
        "SYS_ADMIN": "mount filesystems, use namespaces and much of the kernel's admin interface (a common escape path)",
        "NET_ADMIN": "reconfigure interfaces, routes and firewall rules of its network namespace (the host's with host networking)",
        "SYS_PTRACE": "trace and read the memory of other processes",
        "SYS_MODULE": "load kernel modules into the host kernel",
        "SYS_RAWIO": "raw access to I/O ports and devices",
        "SYS_BOOT": "reboot the host",
        "SYS_TIME": "set the host clock",
        "DAC_READ_SEARCH": "read any file and open files by handle (the 'shocker' escape)",
        "BPF": "load BPF programs into the kernel",
        "PERFMON": "observe other processes through perf events",
        "MAC_ADMIN": "change the mandatory access control (AppArmor/SELinux) policy",
        "MAC_OVERRIDE": "bypass the mandatory access control policy",
    ]

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        var out: [Violation] = []
        for service in compose.services {
            for cap in service.capAdd {
                var name = ScalarText.upper(ScalarText.trimBlanks(cap.text))
                if name.hasPrefix("CAP_") { name.removeFirst(4) }
                guard let why = Self.dangerous[name] else { continue }
                out.append(Violation(
                    range: cap.range,
                    message: "service '\(service.name)' adds capability \(name), which allows it to \(why); drop it, or keep it only with a documented reason and `cap_drop: [ALL]` for the rest"))
            }
        }
        return out
    }
}
