import ArgumentParser
import DeploySyntax
import Foundation

@main
struct SpecqlDeploy: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specql-deploy",
        abstract: "Generate production infrastructure from deployment.yaml, and lint deployment files.",
        discussion: """
        Typical loop:
          specql-deploy init --name shop --framework fraiseql --pattern small-saas
          specql-deploy validate
          specql-deploy generate -o generated
          specql-deploy lint generated

        Exit codes: 0 success; 1 findings or refused files; 2 invalid input, usage or I/O errors.
        """,
        version: ToolIdentity.version,
        subcommands: SubcommandList.all
    )

    /// ArgumentParser exits 64 (EX_USAGE) on a usage error; every command here promises 2 for usage errors,
    /// like invalid input, so scripts and pre-commit hooks see one code for "you called it wrong".
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            exit(withError: ExitCode(2))
        }
    }
}
