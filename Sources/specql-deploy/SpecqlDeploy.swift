import ArgumentParser
import DeploySyntax

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
        """,
        version: ToolIdentity.version,
        subcommands: SubcommandList.all
    )
}
