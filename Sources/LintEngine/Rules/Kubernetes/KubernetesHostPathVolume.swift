import DeploySyntax

/// K8S011: `hostPath` volumes; the container runtime's socket, the host root and similar paths at error.
public struct KubernetesHostPathVolume: KubernetesRule {
    public let id = "K8S011"
    public init() {}

    /// Container runtime sockets and the directories that hold them: whoever reaches them controls the node.
    static let runtimeSockets: Set<String> = [
        "/var/run/docker.sock", "/run/docker.sock", "/var/run/docker", "/run/docker",
        "/var/run/containerd/containerd.sock", "/run/containerd/containerd.sock", "/var/run/containerd", "/run/containerd",
        "/var/run/crio/crio.sock", "/run/crio/crio.sock", "/var/run/crio", "/run/crio",
        "/var/run/cri-dockerd.sock", "/run/cri-dockerd.sock", "/run/k3s/containerd/containerd.sock",
        "/var/run", "/run", "/var/lib/docker", "/var/lib/containerd",
    ]

    /// Host paths that give away the node (its root, configuration, kubelet credentials).
    static let hostControl: Set<String> = ["/", "/etc", "/root", "/var/lib/kubelet", "/etc/kubernetes", "/home", "/boot"]

    public func check(_ manifest: KubernetesManifest, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for (object, workload) in manifest.workloads {
            for volume in workload.pod.volumes where volume.source?.value == "hostPath" {
                guard let anchor = volume.hostPath?.range ?? volume.source?.range else { continue }
                let path = volume.hostPath?.value ?? ""
                var normalized = path
                while normalized.count > 1 && normalized.hasSuffix("/") { normalized.removeLast() }
                let volumeName = volume.name.map { "volume '\($0.value)'" } ?? "a volume"
                if Self.runtimeSockets.contains(normalized) {
                    violations.append(Violation(
                        range: anchor,
                        message: "\(volumeName) of \(object.displayName) mounts the container runtime's socket (\(path)) from the host: whoever can use it starts privileged containers, i.e. is root on the node; remove it (build images with a rootless builder such as BuildKit or Kaniko)",
                        severity: .error))
                } else if Self.hostControl.contains(normalized) {
                    violations.append(Violation(
                        range: anchor,
                        message: "\(volumeName) of \(object.displayName) mounts \(path) from the host: its files give control of the node; remove it",
                        severity: .error))
                } else {
                    violations.append(Violation(
                        range: anchor,
                        message: "\(volumeName) of \(object.displayName) mounts host path \(path.isEmpty ? "(no path)" : path): it ties the pod to one node and exposes the host's files; use an emptyDir, a PersistentVolumeClaim or a CSI volume"))
                }
            }
        }
        return violations
    }
}
