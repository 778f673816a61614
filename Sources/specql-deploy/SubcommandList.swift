import ArgumentParser

/// Every subcommand, in the order `--help` lists them. One line per command.
enum SubcommandList {
    static let all: [any ParsableCommand.Type] = [
        InitCommand.self,
        ValidateCommand.self,
        GenerateCommand.self,
        CheckCommand.self,
        SchemaCommand.self,
        LintCommand.self,
        RulesCommand.self,
        ExplainCommand.self,
    ]
}
