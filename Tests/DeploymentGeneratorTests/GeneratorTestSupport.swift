import DeploySyntax
import DeploymentSpec
import Foundation
@testable import DeploymentGenerator

/// The repository root, found from this file's path (Tests/DeploymentGeneratorTests/…).
let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A plan built by hand for one framework × pattern, with the defaults the spec resolver uses.
func samplePlan(_ framework: Framework, _ pattern: DeploymentPattern, name: String = "shop") -> StackPlan {
    let worker: BackgroundWorker? = switch framework {
    case .django: .celery
    case .rails: .sidekiq
    default: nil
    }
    let port = framework == .rails || framework == .node ? 3000 : 8000
    let runtime = switch framework {
    case .fraiseql: "3.13"
    case .django: "3.12"
    case .rails: "3.3"
    case .node: "24"
    }
    return StackPlan(
        name: name, framework: framework, pattern: pattern, domain: "\(name).example.com", appPort: port,
        instances: pattern == .productionSaaS ? 2 : 1, memoryMiB: 512, cpuMillicores: 1000,
        healthPath: framework == .rails ? "/up" : "/health", healthIntervalSeconds: 30, healthTimeoutSeconds: 5,
        postgresVersion: "16", runtimeVersion: runtime, usesRedis: worker != nil || pattern == .productionSaaS,
        worker: worker, prometheus: pattern == .productionSaaS,
        variables: [
            AppVariable(name: "LOG_LEVEL", value: "info", isSecret: false, environments: ["dev", "production"]),
            AppVariable(name: "STRIPE_API_KEY", value: "", isSecret: true, environments: ["production"]),
        ],
        layout: OutputLayout())
}

/// Every framework × pattern the container generator handles.
let matrix: [(Framework, DeploymentPattern)] = Framework.allCases.flatMap { framework in
    DeploymentPattern.allCases.map { (framework, $0) }
}

/// A fresh temporary directory, removed by the caller.
func makeTemporaryDirectory(_ label: String = "gen") throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("specql-deploy-tests-\(label)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func readText(_ url: URL) -> String? {
    (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
}

func writeText(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

/// All regular files under `root`, as sorted relative paths.
func relativeFiles(under root: URL) -> [String] {
    guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
    var paths: [String] = []
    let base = root.standardizedFileURL.path
    for case let url as URL in enumerator {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
        let path = url.standardizedFileURL.path
        paths.append(String(path.dropFirst(base.count + 1)))
    }
    return paths.sorted()
}
