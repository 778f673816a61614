import DeploySyntax

/// DF007: `ADD <url>` without `--checksum` (or a git source at a moving ref): the download is not verified.
public struct AddRemoteWithoutChecksum: DockerfileRule {
    public let id = "DF007"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for instruction in dockerfile.instructions(.add) {
            let hasChecksum = instruction.flag("checksum")?.value?.isEmpty == false
            for source in instruction.copySources where AddSource.isRemote(source.value) {
                if AddSource.isGit(source.value) {
                    let fragment = source.value.split(separator: "#", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
                    let ref = fragment.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
                    if hasChecksum || Self.isCommitID(ref) { continue }
                    violations.append(Violation(
                        range: source.range,
                        message: "ADD clones '\(source.value)' at a moving ref: pin a commit ('…#<40-hex commit>') or add '--checksum=<commit>'"
                    ))
                } else if !hasChecksum {
                    violations.append(Violation(
                        range: source.range,
                        message: "ADD downloads '\(source.value)' without checking what it got: add '--checksum=sha256:<digest>', or download it with curl in a RUN and verify its sha256 there"
                    ))
                }
            }
        }
        return violations
    }

    static func isCommitID(_ ref: String) -> Bool {
        (ref.count == 40 || ref.count == 64) && ref.allSatisfy(\.isHexDigit)
    }
}
