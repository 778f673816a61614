import DeploySyntax

/// DF035: the final image's last `USER` is a name (`USER app`) or a UID of 10000 or less: Kubernetes'
/// `runAsNonRoot` cannot verify a name, and low UIDs collide with users of the host.
public struct NonNumericOrLowUser: DockerfileRule {
    public let id = "DF035"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        guard let final = dockerfile.finalStage, let user = dockerfile.lineageInstructions(ofStage: final.index, .user).last else {
            return []
        }
        let (value, complete) = dockerfile.expand(user.argumentText, at: user)
        guard complete, !value.isEmpty else { return [] }
        let parts = value.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let name = parts[0]
        if name == "root" || name == "0" { return [] }  // DF001's finding
        if let uid = Int(name) {
            guard uid <= 10_000 else { return [] }
            return [Violation(
                range: user.argumentRange,
                message: "USER \(value) runs as UID \(uid), which can match a real user on the host (a container escape then acts as that user): use a UID above 10000, e.g. 'USER 10001:10001'"
            )]
        }
        return [Violation(
            range: user.argumentRange,
            message: "USER \(value) names the user instead of its UID: with runAsNonRoot, Kubernetes cannot verify that a name is not root and refuses to start the pod; write the numeric UID and GID, e.g. 'USER 10001:10001'"
        )]
    }
}
