import DeploySyntax

/// Approximate AWS on-demand prices used by the cost rules (tag `cost`) to state a monthly effect.
///
/// **Region us-east-1, on-demand, USD, as of 2026-06.** RDS prices are single-AZ PostgreSQL/MySQL (Multi-AZ
/// doubles them); EC2 prices are Linux; ElastiCache prices are Redis/Valkey OSS nodes. They are rounded
/// public list prices, not quotes: messages say "about", and anyone deciding on them should check the AWS
/// Pricing Calculator. One month is 730 hours. Update the date when the numbers are refreshed.
enum AWSPriceTable {
    static let asOf = "2026-06"
    static let region = "us-east-1"
    static let hoursPerMonth = 730.0

    /// Hourly on-demand price per instance class.
    static let hourly: [String: Double] = [
        // RDS (PostgreSQL/MySQL, single-AZ)
        "db.t3.micro": 0.018, "db.t3.small": 0.036, "db.t3.medium": 0.072, "db.t3.large": 0.145,
        "db.t3.xlarge": 0.290, "db.t3.2xlarge": 0.579,
        "db.t4g.micro": 0.016, "db.t4g.small": 0.032, "db.t4g.medium": 0.065, "db.t4g.large": 0.129,
        "db.t4g.xlarge": 0.258, "db.t4g.2xlarge": 0.517,
        "db.m5.large": 0.178, "db.m5.xlarge": 0.356, "db.m5.2xlarge": 0.712, "db.m5.4xlarge": 1.424,
        "db.m5.8xlarge": 2.848, "db.m5.12xlarge": 4.272,
        "db.m6g.large": 0.168, "db.m6g.xlarge": 0.337, "db.m6g.2xlarge": 0.674, "db.m6g.4xlarge": 1.348,
        "db.m6g.8xlarge": 2.696, "db.m6g.12xlarge": 4.044, "db.m6g.16xlarge": 5.392,
        "db.m6i.large": 0.178, "db.m6i.xlarge": 0.356, "db.m6i.2xlarge": 0.712, "db.m6i.4xlarge": 1.424,
        "db.m7g.large": 0.168, "db.m7g.xlarge": 0.337, "db.m7g.2xlarge": 0.674, "db.m7g.4xlarge": 1.348,
        "db.r5.large": 0.250, "db.r5.xlarge": 0.500, "db.r5.2xlarge": 1.000, "db.r5.4xlarge": 2.000,
        "db.r5.8xlarge": 4.000, "db.r5.12xlarge": 6.000,
        "db.r6g.large": 0.225, "db.r6g.xlarge": 0.450, "db.r6g.2xlarge": 0.899, "db.r6g.4xlarge": 1.798,
        "db.r6g.8xlarge": 3.597, "db.r6g.12xlarge": 5.395, "db.r6g.16xlarge": 7.194,
        "db.r6i.large": 0.250, "db.r6i.xlarge": 0.500, "db.r6i.2xlarge": 1.000, "db.r6i.4xlarge": 2.000,
        "db.r7g.large": 0.239, "db.r7g.xlarge": 0.478, "db.r7g.2xlarge": 0.956, "db.r7g.4xlarge": 1.912,
        "db.r8g.large": 0.239, "db.r8g.xlarge": 0.478, "db.r8g.2xlarge": 0.956, "db.r8g.4xlarge": 1.912,
        // ElastiCache (Redis/Valkey OSS)
        "cache.t3.micro": 0.017, "cache.t3.small": 0.034, "cache.t3.medium": 0.068,
        "cache.t4g.micro": 0.016, "cache.t4g.small": 0.032, "cache.t4g.medium": 0.065,
        "cache.m6g.large": 0.149, "cache.m6g.xlarge": 0.298, "cache.m6g.2xlarge": 0.596, "cache.m6g.4xlarge": 1.192,
        "cache.m7g.large": 0.158, "cache.m7g.xlarge": 0.316, "cache.m7g.2xlarge": 0.632,
        "cache.r6g.large": 0.206, "cache.r6g.xlarge": 0.411, "cache.r6g.2xlarge": 0.821, "cache.r6g.4xlarge": 1.642,
        "cache.r7g.large": 0.219, "cache.r7g.xlarge": 0.437, "cache.r7g.2xlarge": 0.873,
        // EC2 (Linux)
        "t3.nano": 0.0052, "t3.micro": 0.0104, "t3.small": 0.0208, "t3.medium": 0.0416, "t3.large": 0.0832,
        "t3.xlarge": 0.1664, "t3.2xlarge": 0.3328,
        "t4g.nano": 0.0042, "t4g.micro": 0.0084, "t4g.small": 0.0168, "t4g.medium": 0.0336, "t4g.large": 0.0672,
        "t4g.xlarge": 0.1344, "t4g.2xlarge": 0.2688,
        "m5.large": 0.096, "m5.xlarge": 0.192, "m5.2xlarge": 0.384, "m5.4xlarge": 0.768, "m5.8xlarge": 1.536,
        "m6i.large": 0.096, "m6i.xlarge": 0.192, "m6i.2xlarge": 0.384, "m6i.4xlarge": 0.768, "m6i.8xlarge": 1.536,
        "m6g.large": 0.077, "m6g.xlarge": 0.154, "m6g.2xlarge": 0.308, "m6g.4xlarge": 0.616,
        "m7g.large": 0.0816, "m7g.xlarge": 0.1632, "m7g.2xlarge": 0.3264, "m7g.4xlarge": 0.6528,
        "m7i.large": 0.1008, "m7i.xlarge": 0.2016, "m7i.2xlarge": 0.4032, "m7i.4xlarge": 0.8064,
        "c6i.large": 0.085, "c6i.xlarge": 0.170, "c6i.2xlarge": 0.340, "c6i.4xlarge": 0.680,
        "c7g.large": 0.0725, "c7g.xlarge": 0.145, "c7g.2xlarge": 0.290, "c7g.4xlarge": 0.580,
        "r6i.large": 0.126, "r6i.xlarge": 0.252, "r6i.2xlarge": 0.504, "r6i.4xlarge": 1.008,
        "r7g.large": 0.1071, "r7g.xlarge": 0.2142, "r7g.2xlarge": 0.4284, "r7g.4xlarge": 0.8568,
    ]

    /// vCPUs of the RDS classes above, for Extended Support estimates (`db.*.large` = 2, doubling per size).
    static func vCPUs(ofInstanceClass instanceClass: String) -> Int? {
        guard let size = instanceClass.split(separator: ".").last else { return nil }
        switch size {
        case "micro", "small", "medium", "large": return 2
        case "xlarge": return 4
        default:
            guard size.hasSuffix("xlarge"), let n = Int(size.dropLast(6)) else { return nil }
            return 4 * n
        }
    }

    static func monthly(hourly: Double) -> Double { hourly * hoursPerMonth }

    static func monthly(instanceClass: String) -> Double? {
        hourly[instanceClass].map(monthly(hourly:))
    }

    /// NAT gateway: per hour, plus $0.045 per GB processed (not counted here).
    static let natGatewayHourly = 0.045

    /// EBS per GB-month.
    static let ebsGP2PerGB = 0.10
    static let ebsGP3PerGB = 0.08
    static let ebsIO1PerGB = 0.125
    static let ebsIO1PerIOPS = 0.065

    /// RDS storage per GB-month (single-AZ) and provisioned IOPS per IOPS-month.
    static let rdsGP2PerGB = 0.115
    static let rdsGP3PerGB = 0.115
    static let rdsIO1PerGB = 0.125
    static let rdsIOPSPerMonth = 0.10
    /// gp3 on RDS includes 3,000 IOPS and 125 MiB/s; gp2 gives 3 IOPS per GB (minimum 100).
    static let rdsGP3BaselineIOPS = 3000

    /// CloudWatch Logs storage per GB-month (ingestion, $0.50/GB, is paid once whatever the retention).
    static let logStoragePerGB = 0.03

    /// Fargate (Linux/x86) per vCPU-hour and per GB-hour; Fargate Spot is typically about 70% cheaper.
    static let fargateVCPUHourly = 0.04048
    static let fargateGBHourly = 0.004445
    static let fargateSpotDiscount = 0.70

    /// RDS Extended Support per vCPU-hour: years 1–2 (year 3 is about twice this).
    static let extendedSupportVCPUHourly = 0.10

    static func dollars(_ amount: Double) -> String {
        if amount >= 100 { return "$\(Int(amount.rounded()))" }
        if amount < 1 {
            // Unit prices keep a third decimal when they have one: $0.115, $0.08, $0.10.
            let mills = Int((amount * 1000).rounded())
            let digits = String(mills).count < 3 ? String(repeating: "0", count: 3 - String(mills).count) + String(mills) : String(mills)
            return "$0." + (digits.hasSuffix("0") ? String(digits.dropLast()) : digits)
        }
        let cents = (amount * 100).rounded() / 100
        let whole = Int(cents)
        if Double(whole) == cents { return "$\(whole)" }
        let fraction = Int(((cents - Double(whole)) * 100).rounded())
        return "$\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// "(us-east-1 on-demand, prices of 2026-06)"
    static var citation: String { "(\(region) on-demand, prices of \(asOf))" }
}
