import FolioCore

/// How long a plugin run may take and how much it may print.
struct RunLimits: Sendable, Hashable {
    /// How long the run may take, from launch to the end of its output.
    var timeout: Duration
    /// The most the plugin may print on stdout.
    var outputLimit: Int

    /// Creates limits.
    init(timeout: Duration, outputLimit: Int) {
        self.timeout = timeout
        self.outputLimit = outputLimit
    }

    /// The limits a conversion's options set: `plugin-timeout` in seconds (fractions allowed,
    /// default 30), and `max-input-size` for the output (default 1G), because what a plugin prints
    /// is folio's input and a runaway plugin must not exhaust memory before its deadline.
    init(options: Options) throws {
        outputLimit = try options.maximumInputSize()
        guard let raw = options[ExternalPlugins.timeoutOption] else {
            timeout = ExternalPlugins.defaultTimeout
            return
        }
        guard let seconds = Double(raw), seconds > 0, seconds <= 86_400 else {
            throw FolioError(.invalidOption, "--\(ExternalPlugins.timeoutOption) expects seconds between 0 and 86400, such as 30 or 0.5, not \"\(raw)\"")
        }
        timeout = .milliseconds(Int((seconds * 1000).rounded(.up)))
    }
}
