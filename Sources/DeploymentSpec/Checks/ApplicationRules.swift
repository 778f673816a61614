import DeploySyntax

extension SpecRules {
    /// Runtime against framework, runtime version, instances and autoscaling, resources, health check.
    mutating func checkApplication() {
        let application = spec.application
        let defaults = pattern.map(PatternDefaults.profile(for:))

        let frameworkKnown = !spec.deployment.frameworkIsUnknown
        if frameworkKnown, let runtime = application?.runtime, runtime.value != profile.runtime {
            report(SpecDiagnosticCode.combination, "framework \(framework.rawValue) runs on \(profile.runtime.rawValue), not \(runtime.value.rawValue)", at: runtime.range,
                   related: spec.deployment.framework.map { [.init(path: path, range: $0.range, message: "framework chosen here")] } ?? [])
        }
        if frameworkKnown, let version = application?.version { checkRuntimeVersion(version) }

        // Instances and autoscaling.
        let instances = application?.instances
        let autoscale = application?.autoscale
        if pattern == .hobbyProject {
            if let instances, instances.value > 1 {
                reportWithPattern("hobby-project runs one application container on one server; found instances: \(instances.value). Use small-saas for more", at: instances.range)
            }
            if let enabled = autoscale?.enabled, enabled.value {
                reportWithPattern("hobby-project cannot autoscale (Compose on one server); use small-saas, production-saas or kubernetes", at: enabled.range)
            }
        }
        if let defaults {
            // Judge the values the resolver will produce, so defaults and written values are checked together.
            let effective = DeploymentResolver.resolveApplication(application, framework: profile, pattern: defaults).autoscale
            if effective.min > effective.max, let place = autoscale?.min ?? autoscale?.max ?? instances {
                let note = autoscale?.max == nil ? " (the \(patternName) default); set max too" : ""
                let related: [Diagnostic.Related] = autoscale?.min != nil ? (autoscale?.max).map { [.init(path: path, range: $0.range, message: "max is here")] } ?? [] : []
                report(SpecDiagnosticCode.range, "autoscale min (\(effective.min)) is greater than max (\(effective.max))\(note)", at: place.range, related: related)
            } else if !effective.enabled, pattern != .hobbyProject, let autoscale, autoscale.enabled == nil,
                      let first = [autoscale.min, autoscale.max, autoscale.targetCPU, autoscale.targetMemory].compactMap({ $0 }).first {
                report(SpecDiagnosticCode.ignored, "autoscale settings are ignored while autoscaling is off (the \(patternName) default); add 'enabled: true'",
                       at: first.keyRange ?? first.range, severity: .warning)
            } else if effective.enabled, let instances, !(effective.min...effective.max).contains(instances.value) {
                report(SpecDiagnosticCode.range, "instances (\(instances.value)) is outside autoscale min..max (\(effective.min)-\(effective.max)); the autoscaler will move it into that range",
                       at: instances.range, severity: .warning)
            }
        }

        // Resources.
        if let memory = application?.memory, !(128...262_144).contains(memory.value.mebibytes) {
            report(SpecDiagnosticCode.range, "'memory' must be between 128Mi and 256Gi, found \(memory.value)", at: memory.range)
        }
        if let cpu = application?.cpu, !(50...64_000).contains(cpu.value.millicores) {
            report(SpecDiagnosticCode.range, "'cpu' must be between 0.05 and 64 vCPUs, found \(cpu.value)", at: cpu.range)
        }
        let resourcesInRange = (application?.memory).map { (128...262_144).contains($0.value.mebibytes) } ?? true
            && (application?.cpu).map { (50...64_000).contains($0.value.millicores) } ?? true
        if let pattern, pattern.requiresAWS, resourcesInRange, application?.memory != nil || application?.cpu != nil, let defaults {
            checkFargateSize(memory: application?.memory, cpu: application?.cpu, defaults: defaults)
        }

        // Health check.
        if let health = application?.healthCheck, let timeout = health.timeout {
            let interval = health.interval?.value ?? 30
            if timeout.value >= interval {
                report(SpecDiagnosticCode.range, "health check timeout (\(timeout.value)s) must be shorter than its interval (\(interval)s)", at: timeout.range)
            }
        }
    }

    private mutating func checkRuntimeVersion(_ version: Located<String>) {
        let runtime = profile.runtime
        guard let number = VersionNumber(version.value) else {
            report(SpecDiagnosticCode.format, "'version' must be a \(runtime.displayName) version such as \"\(profile.runtimeVersion)\", found '\(version.value)'", at: version.range)
            return
        }
        if let minimum = VersionNumber(profile.minimumRuntimeVersion), number.prefix(minimum.components.count) < minimum {
            report(SpecDiagnosticCode.endOfLife, "\(framework.rawValue) needs \(runtime.displayName) \(profile.minimumRuntimeVersion) or later, found \(version.value); use \(profile.runtimeVersion)", at: version.range)
            return
        }
        guard let eol = SoftwareLifecycle.endOfLife(runtime: runtime, version: number, successor: profile.runtimeVersion) else { return }
        let name = runtime == .node ? "\(runtime.displayName) \(number.major)" : "\(runtime.displayName) \(number.major).\(number.minor)"
        let message = eol.isShortLived
            ? "\(name) is not an LTS release and reached end of life on \(eol.date); use \(eol.successor) (active LTS)"
            : "\(name) reached end of life on \(eol.date) and no longer gets security fixes; use \(eol.successor)"
        report(SpecDiagnosticCode.endOfLife, message, at: version.range, severity: .warning)
    }

    /// ECS Fargate accepts only some CPU/memory pairs.
    private mutating func checkFargateSize(memory: Located<MemorySize>?, cpu: Located<CPUAmount>?, defaults: PatternDefaults.Profile) {
        let millicores = cpu?.value.millicores ?? defaults.cpu.millicores
        let mebibytes = memory?.value.mebibytes ?? defaults.memory.mebibytes
        let vCPUs = CPUAmount(millicores: millicores).vCPUText
        guard let allowed = FargateSizes.memory(forMillicores: millicores) else {
            if let cpu {
                report(SpecDiagnosticCode.combination, "ECS Fargate offers 0.25, 0.5, 1, 2, 4, 8 or 16 vCPUs per task; found \(vCPUs)", at: cpu.range)
            }
            return
        }
        guard !allowed.contains(mebibytes), let range = memory?.range ?? cpu?.range else { return }
        let source = cpu == nil ? " (the \(patternName) default)" : ""
        report(SpecDiagnosticCode.combination,
               "ECS Fargate has no task size with \(vCPUs) vCPU\(source) and \(MemorySize(mebibytes: mebibytes)); with \(vCPUs) vCPU use \(FargateSizes.describe(allowed))",
               at: range)
    }
}

/// The CPU/memory pairs ECS Fargate offers (docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html).
enum FargateSizes {
    static func memory(forMillicores millicores: Int) -> [Int]? {
        switch millicores {
        case 250: [512, 1024, 2048]
        case 500: Array(stride(from: 1024, through: 4096, by: 1024))
        case 1000: Array(stride(from: 2048, through: 8192, by: 1024))
        case 2000: Array(stride(from: 4096, through: 16384, by: 1024))
        case 4000: Array(stride(from: 8192, through: 30720, by: 1024))
        case 8000: Array(stride(from: 16384, through: 61440, by: 4096))
        case 16000: Array(stride(from: 32768, through: 122_880, by: 8192))
        default: nil
        }
    }

    /// "512Mi, 1Gi or 2Gi", "1Gi to 4Gi in steps of 1Gi".
    static func describe(_ allowed: [Int]) -> String {
        let names = allowed.map { MemorySize(mebibytes: $0).description }
        guard allowed.count > 3, let first = names.first, let last = names.last else {
            return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
        }
        return "\(first) to \(last) in steps of \(MemorySize(mebibytes: allowed[1] - allowed[0]))"
    }
}
