import FolioCore
import Testing
@testable import External

@Suite struct EnvironmentTests {
    @Test(arguments: [
        ("plugin-timeout", "FOLIO_OPTION_PLUGIN_TIMEOUT"),
        ("columns", "FOLIO_OPTION_COLUMNS"),
        ("max.depth", "FOLIO_OPTION_MAX_DEPTH"),
        ("版式", "FOLIO_OPTION___"),
    ])
    func optionKeysBecomeVariableNames(key: String, variable: String) {
        #expect(PluginEnvironment.variableName(forOption: key) == variable)
    }

    @Test func protocolVariablesReplaceInheritedOnes() {
        let environment = PluginEnvironment(
            inherited: ["PATH": "/bin", "FOLIO_OPTION_STALE": "1", "FOLIO_SOURCE": "old.txt"],
            options: Options(["wrap": "none"]), source: "page.txt")
        #expect(environment.values == [
            "PATH": "/bin", "FOLIO_PLUGIN_PROTOCOL": "1", "FOLIO_OPTION_WRAP": "none", "FOLIO_SOURCE": "page.txt",
        ])
    }

    @Test(arguments: [("30", Duration.seconds(30)), ("0.25", .milliseconds(250)), ("2", .seconds(2))])
    func timeoutOptionInSeconds(value: String, expected: Duration) throws {
        #expect(try RunLimits(options: Options(["plugin-timeout": value])).timeout == expected)
    }

    @Test(arguments: ["0", "-1", "soon", "100000"])
    func badTimeoutIsAnInvalidOption(value: String) {
        #expect(throws: FolioError.self) { try RunLimits(options: Options(["plugin-timeout": value])) }
    }

    @Test func defaultsAreThirtySecondsAndOneGibibyte() throws {
        #expect(try RunLimits(options: Options()) == RunLimits(timeout: .seconds(30), outputLimit: 1 << 30))
    }

    @Test func outputLimitFollowsTheInputSizeLimit() throws {
        #expect(try RunLimits(options: Options(["max-input-size": "64K"])).outputLimit == 64 << 10)
    }
}
