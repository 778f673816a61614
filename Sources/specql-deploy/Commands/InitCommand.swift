import ArgumentParser
import DeploymentSpec
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter deployment.yaml.",
        discussion: """
        The starter validates as written and shows the pattern's defaults. \
        An existing file is never overwritten (exit code 1).

        Examples:
          specql-deploy init
          specql-deploy init --name shop --framework django --pattern small-saas
          specql-deploy init --pattern kubernetes --output deploy/deployment.yaml
        """
    )

    @Option(help: "Application name (lowercase letters, digits, '-'). Default: the current directory's name.")
    var name: String?

    @Option(help: "fraiseql, django, rails or node.")
    var framework = "fraiseql"

    @Option(help: "hobby-project, small-saas, production-saas or kubernetes.")
    var pattern = "hobby-project"

    @Option(name: .shortAndLong, help: "Where to write the file.")
    var output = "deployment.yaml"

    func run() throws {
        let directoryName = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).lastPathComponent
        let chosenName = StarterSpec.name(name ?? StarterSpec.suggestedName(from: directoryName))
        let chosenFramework = StarterSpec.framework(framework)
        let chosenPattern = StarterSpec.pattern(pattern)
        guard case .success(let appName) = chosenName, case .success(let appFramework) = chosenFramework,
              case .success(let appPattern) = chosenPattern else {
            for case .failure(let problem) in [chosenName.map { _ in () }, chosenFramework.map { _ in () }, chosenPattern.map { _ in () }] {
                Self.printError(problem.message)
            }
            throw ExitCode(2)
        }
        if FileManager.default.fileExists(atPath: output) {
            Self.printError("\(output) already exists; not overwriting it. Remove it or choose another path with --output.")
            throw ExitCode(1)
        }
        let text = StarterSpec.render(name: appName, framework: appFramework, pattern: appPattern)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .withoutOverwriting)
        } catch {
            Self.printError("cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        print("wrote \(output) (\(appFramework.rawValue), \(appPattern.rawValue)); next: specql-deploy validate \(output)")
    }

    private static func printError(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }
}
