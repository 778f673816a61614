import DeploySyntax

/// K8S007: a capability outside the Pod Security Standards' baseline set in `capabilities.add`.
public struct KubernetesDangerousCapabilityAdded: KubernetesRule {
    public let id = "K8S007"
    public init() {}

    /// Allowed by the baseline profile (kubernetes.io Pod Security Standards).
    static let baseline: Set<String> = [
        "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE",
        "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
    ]

    /// Capabilities that amount to (or lead straight to) root on the node: reported as errors.
    static let critical: [String: String] = [
        "ALL": "every capability, the same as privileged",
        "SYS_ADMIN": "mounts, namespaces and most of root's powers (container escapes)",
        "NET_ADMIN": "control of the pod's network stack: routes, iptables, interfaces",
        "SYS_PTRACE": "tracing and reading the memory of other processes",
        "SYS_MODULE": "loading kernel modules",
        "SYS_RAWIO": "raw access to devices and I/O ports",
        "DAC_READ_SEARCH": "reading any file by handle (the 'shocker' escape)",
        "BPF": "loading BPF programs into the kernel",
        "PERFMON": "kernel performance monitoring and BPF tracing",
        "SYS_BOOT": "rebooting the node",
        "MAC_ADMIN": "changing AppArmor/SELinux policy",
        "MAC_OVERRIDE": "bypassing AppArmor/SELinux policy",
        "SYSLOG": "reading kernel logs and addresses",
        "SYS_TIME": "setting the node's clock",
        "NET_RAW": "raw sockets: ARP and DNS spoofing inside the cluster network",
    ]

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for site in manifest.containerSites {
            for capability in site.container.securityContext?.capabilitiesAdded ?? [] {
                var name = capability.value.uppercased()
                if name.hasPrefix("CAP_") { name.removeFirst(4) }
                if Self.baseline.contains(name) { continue }
                if let why = Self.critical[name] {
                    violations.append(Violation(
                        range: capability.range,
                        message: "\(site.subject) adds capability \(capability.value): \(why); remove it, or grant the narrowest capability that does the job",
                        severity: .error))
                } else {
                    violations.append(Violation(
                        range: capability.range,
                        message: "\(site.subject) adds capability \(capability.value), which the Pod Security Standards' baseline profile forbids; remove it unless the container cannot work without it"))
                }
            }
        }
        return violations
    }
}
