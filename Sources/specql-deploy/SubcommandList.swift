import ArgumentParser

/// Every subcommand, in the order `--help` lists them. One line per command.
enum SubcommandList {
    static let all: [any ParsableCommand.Type] = [
    ]
}
