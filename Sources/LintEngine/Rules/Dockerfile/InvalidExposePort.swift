import DeploySyntax

/// DF027: an `EXPOSE` value that is not `port[/tcp|udp|sctp]` or `start-end[/proto]` with ports 1–65535.
public struct InvalidExposePort: DockerfileRule {
    public let id = "DF027"

    public init() {}

    public func check(_ dockerfile: Dockerfile, context: RuleContext) -> [Violation] {
        var violations: [Violation] = []
        for instruction in dockerfile.instructions(.expose) {
            for word in instruction.words {
                let (value, complete) = dockerfile.expand(word.raw, at: instruction)
                guard complete, !value.isEmpty, let problem = Self.problem(value) else { continue }
                violations.append(Violation(range: word.range, message: problem))
            }
        }
        return violations
    }

    static func problem(_ value: String) -> String? {
        var spec = Substring(value)
        if let slash = spec.firstIndex(of: "/") {
            let proto = spec[spec.index(after: slash)...].lowercased()
            guard ["tcp", "udp", "sctp"].contains(proto) else {
                return "EXPOSE \(value): unknown protocol '\(proto)': use tcp, udp or sctp"
            }
            spec = spec[..<slash]
        }
        if spec.contains(":") {
            return "EXPOSE \(value): EXPOSE takes container ports only; publish a host port at run time ('-p 8080:80' or compose 'ports:')"
        }
        let parts = spec.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return "EXPOSE \(value) is not a port: write a number from 1 to 65535 (optionally '/tcp', '/udp' or a range '8000-8010')"
        }
        let numbers = parts.map { Int($0) ?? Int.max }
        if let bad = numbers.first(where: { $0 < 1 || $0 > 65535 }) {
            return "EXPOSE \(value): port \(bad == Int.max ? String(parts[numbers.firstIndex(of: bad)!]) : String(bad)) is outside 1–65535"
        }
        if numbers.count == 2 && numbers[0] > numbers[1] {
            return "EXPOSE \(value): the range starts above its end: write '\(numbers[1])-\(numbers[0])'"
        }
        return nil
    }
}
