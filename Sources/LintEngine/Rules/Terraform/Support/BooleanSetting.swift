import DeploySyntax

/// How a boolean argument reads once evaluated: rules report `false` and, where the provider default is off,
/// `absent`; they stay silent on `unknown`.
enum BooleanSetting {
    case enabled
    case disabled
    /// Not written (or `null`): the provider default applies.
    case absent
    case unknown

    init(_ setting: TerraformSetting) {
        switch setting.value {
        case .null: self = .absent
        case .unknown: self = .unknown
        default:
            switch setting.value.bool {
            case true?: self = .enabled
            case false?: self = .disabled
            case nil: self = .unknown
            }
        }
    }

    /// Off, explicitly or by a default of false.
    var isOffByDefaultOrExplicitly: Bool { self == .disabled || self == .absent }
}
