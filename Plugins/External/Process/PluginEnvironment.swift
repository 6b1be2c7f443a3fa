import Foundation
import FolioCore

/// The environment an external plugin runs in: folio's own, plus the protocol's variables.
///
/// Options travel as `FOLIO_OPTION_<KEY>` (key upper-cased, every character other than a
/// letter or digit made `_`: `plugin-timeout` → `FOLIO_OPTION_PLUGIN_TIMEOUT`), the input's name
/// as `FOLIO_SOURCE` (readers only), and the protocol version as `FOLIO_PLUGIN_PROTOCOL`.
/// Inherited variables with these names are removed first, so a plugin sees exactly this run's options.
struct PluginEnvironment: Sendable, Hashable {
    /// The protocol version a plugin is spoken to with.
    static let protocolVersion = 1
    /// The prefix of option variables.
    static let optionPrefix = "FOLIO_OPTION_"

    /// The complete environment.
    var values: [String: String]

    /// The inherited environment with the protocol's variables for `options` and `source`.
    init(inherited: [String: String] = ProcessInfo.processInfo.environment, options: Options = Options(), source: String? = nil) {
        var values = inherited.filter { !$0.key.hasPrefix(Self.optionPrefix) && $0.key != "FOLIO_SOURCE" }
        values["FOLIO_PLUGIN_PROTOCOL"] = String(Self.protocolVersion)
        for (key, value) in options.values { values[Self.variableName(forOption: key)] = value }
        if let source { values["FOLIO_SOURCE"] = source }
        self.values = values
    }

    /// The variable that carries an option: `FOLIO_OPTION_` and the key, upper-cased, other characters as `_`.
    static func variableName(forOption key: String) -> String {
        var name = optionPrefix
        for scalar in key.unicodeScalars {
            name.unicodeScalars.append(scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? scalar : "_")
        }
        return name.uppercased()
    }
}
