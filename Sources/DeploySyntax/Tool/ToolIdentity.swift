/// Who we are, in every output that names the tool: generated-file headers, SARIF `tool.driver`, `--version`.
public enum ToolIdentity {
    public static let name = "specql-deploy"
    public static let version = "0.1.0"
    public static let informationURI = "https://github.com/specql/specql-deploy"
}
