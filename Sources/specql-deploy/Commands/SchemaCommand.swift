import ArgumentParser
import DeploymentSpec

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft-07) of deployment.yaml, for editors and CI.",
        discussion: """
        The schema comes from the same table as `validate`, so editors complete and check the same keys, \
        words and ranges. `validate` still checks more (AWS regions, pattern combinations, end-of-life versions).

        Examples:
          specql-deploy schema > deployment.schema.json
          # then, as the first line of deployment.yaml (YAML language server):
          # yaml-language-server: $schema=./deployment.schema.json
        """
    )

    func run() {
        print(JSONSchemaBuilder.render(), terminator: "")
    }
}
