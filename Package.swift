// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "specql-deploy",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "specql-deploy", targets: ["specql-deploy"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // System libraries: libyaml (apt libyaml-dev) and PCRE2 8-bit (apt libpcre2-dev).
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),

        // Source files, positions, diagnostics, the positioned YAML tree and the YAML emitter.
        .target(name: "DeploySyntax", dependencies: ["CYAML", "CPCRE2"]),
        // deployment.yaml -> typed, validated, defaulted model.
        .target(name: "DeploymentSpec", dependencies: ["DeploySyntax"]),
        // Renders infrastructure files from a resolved spec. Never imported by the rules engine.
        .target(name: "DeploymentGenerator", dependencies: ["DeploySyntax", "DeploymentSpec"]),
        // Parsers per file kind, rules, registry, suppressions, configuration, reporters.
        .target(name: "LintEngine", dependencies: ["DeploySyntax"]),
        // The command line: argument parsing only, everything else lives in the modules.
        .executableTarget(
            name: "specql-deploy",
            dependencies: [
                "DeploySyntax", "DeploymentSpec", "DeploymentGenerator", "LintEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "DeploySyntaxTests", dependencies: ["DeploySyntax"]),
        .testTarget(name: "DeploymentSpecTests", dependencies: ["DeploymentSpec", "DeploySyntax"]),
        .testTarget(name: "DeploymentGeneratorTests", dependencies: ["DeploymentGenerator", "DeploymentSpec", "DeploySyntax"]),
        .testTarget(name: "LintEngineTests", dependencies: ["LintEngine", "DeploySyntax"]),
        .testTarget(name: "CLITests", dependencies: ["specql-deploy"]),
    ]
)
