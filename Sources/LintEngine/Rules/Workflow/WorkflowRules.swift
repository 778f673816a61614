/// Every GitHub Actions workflow rule, in id order; `RuleRegistry` adds them with one line.
public enum WorkflowRules {
    public static let all: [any Rule] = [
        UnpinnedAction(),                   // GHA001
        UntrustedCheckout(),                // GHA002
        ScriptInjection(),                  // GHA003
        MissingPermissions(),               // GHA004
        WriteAllPermissions(),              // GHA005
        PersistedCheckoutCredentials(),     // GHA006
        SecretInRunScript(),                // GHA007
        UnsecureCommandsEnabled(),          // GHA008
        JobWithoutTimeout(),                // GHA009
        DeployWithoutConcurrency(),         // GHA010
        HardcodedCredential(),              // GHA011
        SelfHostedRunnerOnPullRequest(),    // GHA012
        Node20Action(),                     // GHA013
        SecretsInherit(),                   // GHA014
        AlwaysTrueCondition(),              // GHA015
        DeprecatedWorkflowCommand(),        // GHA016
        RetiredRunnerImage(),               // GHA017
    ]
}
