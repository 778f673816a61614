/// How much observability the deployment gets.
public enum MonitoringLevel: String, SpecEnumeration {
    case none
    /// Metrics and an uptime check.
    case basic
    /// Metrics, dashboards, logs and alerts.
    case standard
    /// Everything in standard plus tracing and long log retention.
    case enterprise

    public static let noun = "monitoring level"
}

/// Where logs are shipped.
public enum LogAggregator: String, SpecEnumeration {
    case none
    case loki
    case cloudwatch
    case elasticsearch

    public static let noun = "log aggregator"
}

/// Where an alert is sent.
public enum AlertChannel: String, SpecEnumeration {
    case email
    case slack
    case pagerduty
    case webhook

    public static let noun = "alert channel"
}
