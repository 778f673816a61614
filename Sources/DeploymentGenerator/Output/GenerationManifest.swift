import Foundation

/// `.specql-deploy-manifest.json`: the SHA-256 of every file the generator wrote, so a later run can tell a file
/// it wrote (safe to update) from one a person edited (left alone).
public struct GenerationManifest: Codable, Sendable, Hashable {
    public static let fileName = ".specql-deploy-manifest.json"

    public var generator: String
    public var version: String
    /// Relative path → lower-case hex SHA-256 of the bytes last written there.
    public var files: [String: String]

    public init(generator: String, version: String, files: [String: String] = [:]) {
        self.generator = generator
        self.version = version
        self.files = files
    }

    /// Pretty, key-sorted JSON ending with a newline: the same manifest gives the same bytes.
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public static func decode(_ bytes: [UInt8]) throws -> GenerationManifest {
        try JSONDecoder().decode(GenerationManifest.self, from: Data(bytes))
    }
}
