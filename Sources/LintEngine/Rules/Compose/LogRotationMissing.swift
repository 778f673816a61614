import DeploySyntax

/// DC020: the `json-file` log driver without `max-size` keeps every log line forever and fills the disk.
public struct LogRotationMissing: ComposeRule {
    public let id = "DC020"
    public init() {}

    public func check(_ compose: ComposeFile, context: RuleContext) -> [Violation] {
        compose.services.compactMap { service in
            guard let logging = service.logging, let driver = logging.driver,
                  ScalarText.lower(driver.text) == "json-file", logging.option("max-size") == nil else { return nil }
            return Violation(
                range: driver.range,
                message: "service '\(service.name)' logs with json-file without `max-size`: the driver does not rotate by default and the log grows until the disk is full; add `options: { max-size: \"10m\", max-file: \"3\" }` or use the `local` driver")
        }
    }
}
