import DeploySyntax

/// DF030: the final image's estimated size exceeds a budget (default 500 MB; option `budget-mb`).
///
/// The estimate is the catalog size of the base at the root of the final stage's lineage, plus OS and Python
/// packages the lineage installs (and does not remove in the same RUN), plus well-known heavy paths copied from
/// other stages (a whole stage copied with `COPY --from=stage / /` counts that stage's estimate). Files copied from
/// the build context are not counted. An unknown base gives no finding: we do not guess.
public struct ImageSizeBudget: DockerfileRule {
    public let id = "DF030"
    public static let defaultBudgetMB = 500

    public init() {}

    struct Contributor {
        var label: String
        var megabytes: Int
        var line: Int?
    }

    struct Estimate {
        var base: ImageReference
        var contributors: [Contributor]
        var total: Int { contributors.reduce(0) { $0 + $1.megabytes } }
    }

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        guard let final = dockerfile.finalStage else { return [] }
        let budget = context.option("budget-mb", for: id).flatMap { Int($0) } ?? Self.defaultBudgetMB
        guard let estimate = Self.estimate(stage: final.index, in: dockerfile, depth: 0), estimate.total > budget else {
            return []
        }
        let main = estimate.contributors.filter { $0.megabytes > 0 }.sorted { $0.megabytes > $1.megabytes }.prefix(4)
        let parts = main.map { c in "\(c.label) ~\(Self.format(c.megabytes))" + (c.line.map { " (line \($0))" } ?? "") }
        return [Violation(
            range: dockerfile.anchorRange(of: final),
            message: "the final image is estimated at ~\(Self.format(estimate.total)), over the \(Self.format(budget)) budget: \(parts.joined(separator: ", ")). \(Self.advice(estimate))"
        )]
    }

    static func format(_ mb: Int) -> String {
        mb >= 1000 ? "\(mb / 1000).\((mb % 1000) / 100) GB" : "\(mb) MB"
    }

    static func advice(_ estimate: Estimate) -> String {
        if let base = BaseImageCatalog.profile(for: estimate.base), base.variant == .full,
           ["python", "node", "ruby", "rust", "debian"].contains(base.family) {
            return "Start the final stage from the slim variant and keep build tools in a build stage."
        }
        return "Move build-only packages to a build stage and copy only the artifacts."
    }

    /// The estimate of a stage: its lineage's root base plus what the lineage adds. Nil when the base is unknown.
    static func estimate(stage stageIndex: Int, in dockerfile: Dockerfile, depth: Int) -> Estimate? {
        guard depth < 8, let (image, profile) = dockerfile.baseProfile(ofStage: stageIndex) else { return nil }
        var contributors = [Contributor(label: "base \(image.text)", megabytes: profile.sizeMB, line: nil)]
        for instruction in dockerfile.lineageInstructions(ofStage: stageIndex, .run, .copy) {
            let line = instruction.keywordRange.start.line
            switch instruction.keyword {
            case .run:
                guard let script = instruction.script else { continue }
                for installation in PackageLedger.installations(in: script) where !installation.removedLater {
                    if installation.manager == .pip {
                        if let mb = ImageSizeEstimates.pythonPackagesMB[installation.name] {
                            contributors.append(Contributor(label: installation.name, megabytes: mb, line: line))
                        }
                        continue
                    }
                    var mb = Double(ImageSizeEstimates.osPackagesMB[installation.name] ?? ImageSizeEstimates.defaultPackageMB)
                    if installation.withRecommends { mb *= ImageSizeEstimates.recommendsFactor }
                    contributors.append(Contributor(label: installation.name, megabytes: Int(mb.rounded()), line: line))
                }
            case .copy:
                guard let from = instruction.flag("from")?.value, let stageIndexOfInstruction = instruction.stageIndex else { continue }
                let (value, complete) = dockerfile.expand(from, at: instruction)
                guard complete else { continue }
                for source in instruction.copySources {
                    if let known = ImageSizeEstimates.copiedPathsMB.first(where: { source.value.hasPrefix($0.prefix) }) {
                        contributors.append(Contributor(label: known.label, megabytes: known.megabytes, line: line))
                    } else if source.value == "/", case .stage(let other) = dockerfile.resolveCopySource(value, inStage: stageIndexOfInstruction),
                              let copied = estimate(stage: other, in: dockerfile, depth: depth + 1) {
                        contributors.append(Contributor(label: "stage \(dockerfile.stages[other].displayName) copied whole", megabytes: copied.total, line: line))
                    }
                }
            default:
                continue
            }
        }
        return Estimate(base: image, contributors: Self.withoutCovered(Self.merged(contributors)))
    }

    /// Meta-packages that already contain others: count the others as zero when both are installed.
    static let covers: [String: Set<String>] = [
        "build-essential": ["gcc", "g++", "make", "libc6-dev", "dpkg-dev"],
        "build-base": ["gcc", "g++", "make", "musl-dev", "libc-dev", "binutils"],
        "alpine-sdk": ["build-base", "gcc", "g++", "make", "musl-dev", "libc-dev", "git"],
        "g++": ["gcc"],
        "npm": ["nodejs"],
    ]

    static func withoutCovered(_ contributors: [Contributor]) -> [Contributor] {
        let labels = Set(contributors.map(\.label))
        var covered = Set<String>()
        for (meta, parts) in covers where labels.contains(meta) { covered.formUnion(parts) }
        return contributors.map { c in
            var c = c
            if covered.contains(c.label) { c.megabytes = 0 }
            return c
        }
    }

    /// Sums repeated labels (a package installed twice counts once, at its largest).
    static func merged(_ contributors: [Contributor]) -> [Contributor] {
        var seen: [String: Int] = [:]
        var result: [Contributor] = []
        for c in contributors {
            if let i = seen[c.label] {
                result[i].megabytes = max(result[i].megabytes, c.megabytes)
            } else {
                seen[c.label] = result.count
                result.append(c)
            }
        }
        return result
    }
}
