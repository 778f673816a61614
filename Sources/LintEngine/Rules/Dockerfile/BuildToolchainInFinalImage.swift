import DeploySyntax

/// DF024: compilers and build tools installed in the final image (and not removed in the same RUN).
/// A warning in a multi-stage build (the build stage is right there); a note in a single-stage one.
public struct BuildToolchainInFinalImage: DockerfileRule {
    public let id = "DF024"

    public init() {}

    /// OS packages (apt, apk, dnf names) that are compilers or build systems.
    static let toolchainPackages: Set<String> = [
        "build-essential", "build-base", "gcc", "g++", "gcc-c++", "clang", "llvm", "make", "cmake", "autoconf",
        "automake", "libtool", "cargo", "rustc", "rustup", "golang", "golang-go", "go", "gfortran", "ninja-build",
        "meson", "alpine-sdk", "devtoolset",
    ]
    /// Python packages that only build things.
    static let pythonBuildPackages: Set<String> = ["maturin", "cython", "setuptools-rust", "scikit-build", "nuitka"]

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        guard let final = dockerfile.finalStage else { return [] }
        let multiStage = dockerfile.isMultiStage
        let fromText = dockerfile.fromDescription(of: final)
        var violations: [Violation] = []
        for instruction in dockerfile.lineageInstructions(ofStage: final.index, .run) {
            guard let script = instruction.script else { continue }
            for installation in PackageLedger.installations(in: script) where !installation.removedLater {
                guard Self.isToolchain(installation.name, manager: installation.manager) else { continue }
                violations.append(violation(installation.name, range: installation.word.range, multiStage: multiStage, from: fromText))
            }
            // rustup's installer: curl https://sh.rustup.rs | sh
            for command in script.commands where command.effectiveName == "curl" || command.effectiveName == "wget" {
                guard let url = command.words.first(where: { $0.value.utf8Contains("sh.rustup.rs") }) else { continue }
                violations.append(violation("the Rust toolchain (rustup)", range: url.range, multiStage: multiStage, from: fromText))
            }
        }
        return violations
    }

    static func isToolchain(_ name: String, manager: PackageManagerCommand.Manager) -> Bool {
        if manager == .pip { return pythonBuildPackages.contains(name) }
        if toolchainPackages.contains(name) { return true }
        // Versioned compilers: gcc-12, g++-14, clang-18, llvm-17.
        for prefix in ["gcc-", "g++-", "clang-", "llvm-"] where name.hasPrefix(prefix) {
            if name.dropFirst(prefix.count).allSatisfy(\.isNumber) { return true }
        }
        return false
    }

    private func violation(_ name: String, range: SourceRange, multiStage: Bool, from: String) -> Violation {
        let subject = name.hasPrefix("the ") ? name : "'\(name)'"
        if multiStage {
            return Violation(
                range: range,
                message: "\(subject) is installed in the final stage (\(from)), so the build toolchain ships in the image: install it in a build stage and COPY --from only the built artifacts"
            )
        }
        return Violation(
            range: range,
            message: "\(subject) stays in the image: build in a separate stage and copy only the artifacts into a slim final stage (or remove it in the same RUN after use)",
            severity: .note
        )
    }
}
