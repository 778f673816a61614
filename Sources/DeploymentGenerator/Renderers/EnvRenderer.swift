/// `.env.example`: every variable the Compose files interpolate, in the order they first appear, each with a
/// comment; secrets as placeholders with the command that generates a real value.
struct EnvRenderer {
    let plan: StackPlan
    let profile: any FrameworkProfile

    init(profile: any FrameworkProfile) {
        self.plan = profile.plan
        self.profile = profile
    }

    static let fileName = ".env.example"

    func file(composeFiles: [GeneratedFile]) -> GeneratedFile {
        GeneratedFile(path: Self.fileName, contents: DotenvWriter.render(document(composeFiles: composeFiles)), category: .env)
    }

    /// Names interpolated as `${NAME…}` or `$NAME` in the text (`$$` is a literal dollar), in order of first use.
    static func interpolatedNames(in text: String) -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func isNameStart(_ c: Unicode.Scalar) -> Bool { c == "_" || ("A"..."Z").contains(c) || ("a"..."z").contains(c) }
        func isName(_ c: Unicode.Scalar) -> Bool { isNameStart(c) || ("0"..."9").contains(c) }
        while i < scalars.count {
            guard scalars[i] == "$" else { i += 1; continue }
            if i + 1 < scalars.count && scalars[i + 1] == "$" { i += 2; continue }
            var j = i + 1
            if j < scalars.count && scalars[j] == "{" { j += 1 }
            let start = j
            guard j < scalars.count, isNameStart(scalars[j]) else { i += 1; continue }
            while j < scalars.count && isName(scalars[j]) { j += 1 }
            let name = String(String.UnicodeScalarView(scalars[start..<j]))
            if seen.insert(name).inserted { names.append(name) }
            i = j
        }
        return names
    }

    private struct Description {
        var section: String
        var example: String
        var comment: String
        var isSecret: Bool
    }

    private func describe(_ name: String) -> Description {
        if let variable = profile.envFileVariables.first(where: { $0.name == name }) {
            return Description(section: "Application secrets", example: variable.example, comment: variable.comment, isSecret: variable.isSecret)
        }
        if let variable = plan.variables.first(where: { $0.name == name }) {
            let environments = variable.environments.isEmpty ? "" : " (declared for: \(variable.environments.joined(separator: ", ")))"
            if variable.isSecret {
                return Description(section: "Application secrets", example: "change-me",
                                   comment: "Secret from deployment.yaml\(environments). Generate a random one with: openssl rand -hex 32",
                                   isSecret: true)
            }
            return Description(section: "Application settings", example: variable.value,
                               comment: "From deployment.yaml\(environments); the default in docker-compose.yml is the same value.",
                               isSecret: false)
        }
        switch name {
        case "DOMAIN":
            return Description(section: "Public address", example: plan.domain,
                               comment: "Host name Caddy serves and gets a certificate for. The DNS record must point at this server.\nUse localhost to try the stack on your machine (Caddy then uses its own local CA).",
                               isSecret: false)
        case "POSTGRES_USER":
            return Description(section: "Database", example: plan.databaseName, comment: "PostgreSQL role the app connects as.", isSecret: false)
        case "POSTGRES_DB":
            return Description(section: "Database", example: plan.databaseName, comment: "PostgreSQL database name.", isSecret: false)
        case "POSTGRES_PASSWORD":
            return Description(section: "Database", example: "change-me",
                               comment: "Password of the PostgreSQL role. Generate: openssl rand -hex 32\nIt is fixed when the data volume is first created; changing it later needs ALTER ROLE.",
                               isSecret: true)
        case "POSTGRES_TEST_PASSWORD":
            return Description(section: "Tests", example: "test",
                               comment: "Password of the throwaway test database (docker-compose.test.yml); it never leaves the test network.",
                               isSecret: false)
        case "DJANGO_TEST_SECRET_KEY":
            return Description(section: "Tests", example: "test-only-not-a-secret",
                               comment: "SECRET_KEY of the test runner only (docker-compose.test.yml); not used in production.",
                               isSecret: false)
        case "DEV_UID", "DEV_GID":
            return Description(section: "Development", example: "1000",
                               comment: name == "DEV_UID"
                                   ? "Your user id (id -u): docker-compose.dev.yml runs the app as you, so files it writes stay yours."
                                   : "Your group id (id -g).",
                               isSecret: false)
        default:
            return Description(section: "Other", example: "", comment: "Used by the Compose files.", isSecret: false)
        }
    }

    func document(composeFiles: [GeneratedFile]) -> DotenvDocument {
        var names: [String] = []
        for file in composeFiles.sorted(by: { Self.order($0.path) < Self.order($1.path) }) {
            for name in Self.interpolatedNames(in: file.contents) where !names.contains(name) { names.append(name) }
        }
        let sectionOrder = ["Public address", "Database", "Application secrets", "Application settings", "Development", "Tests", "Other"]
        var grouped: [String: [DotenvDocument.Variable]] = [:]
        for name in names {
            let description = describe(name)
            grouped[description.section, default: []].append(
                DotenvDocument.Variable(name, description.example, comment: description.comment))
        }
        let header = GeneratedHeader.lines + [
            "Copy to .env next to docker-compose.yml and fill in the secrets: cp .env.example .env",
            "Never commit .env: add it to .gitignore (echo '.env' >> .gitignore).",
            "Values marked change-me are placeholders; generate real ones with the command in their comment.",
        ]
        return DotenvDocument(header: header, sections: sectionOrder.compactMap { title in
            grouped[title].map { DotenvDocument.Section(title, $0) }
        })
    }

    private static func order(_ path: String) -> Int {
        switch path {
        case ComposeRenderer.composeFile: 0
        case ComposeRenderer.devFile: 1
        case ComposeRenderer.testFile: 2
        default: 3
        }
    }
}
