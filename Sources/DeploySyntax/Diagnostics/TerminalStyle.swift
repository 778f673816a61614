/// ANSI colors when writing to a terminal, nothing otherwise.
public struct TerminalStyle: Sendable {
    public enum Color: String, Sendable {
        case red = "31"
        case yellow = "33"
        case blue = "34"
        case cyan = "36"
        case green = "32"
        case bold = "1"
        case dim = "2"
    }

    public var enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    public static let plain = TerminalStyle(enabled: false)
    public static let ansi = TerminalStyle(enabled: true)

    public func paint(_ text: String, _ color: Color) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// Colors only for a terminal and only when the user did not ask for none (`NO_COLOR`, https://no-color.org).
    public static func forStream(isTerminal: Bool, environment: [String: String], forceOff: Bool = false) -> TerminalStyle {
        if forceOff { return .plain }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .plain }
        if environment["TERM"] == "dumb" { return .plain }
        return TerminalStyle(enabled: isTerminal)
    }
}
