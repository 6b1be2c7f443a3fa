import Folio
import Foundation

/// One unit of batch work: input files (one, or a folder's pages for `--combine`) and their outputs.
struct BatchItem: Sendable {
    /// The input paths, in reading order.
    var inputs: [String]
    /// The names writers record for the inputs (``WriteContext/inputNames``): paths relative to the batch root.
    var names: [String]
    /// The outputs to write.
    var outputs: [Pipeline.Output]
    /// The name shown in progress, errors and the report.
    var label: String
}

/// What happened to one batch item.
struct BatchRecord: Sendable, Codable {
    /// The outcome of one item.
    enum Status: String, Sendable, Codable {
        /// Converted and written.
        case converted
        /// Every output was newer than its inputs, so nothing was done.
        case skipped
        /// The conversion failed; see the error.
        case failed
    }

    /// The item's input (several joined by ", " for a combined folder).
    var input: String
    /// The outputs written or planned.
    var outputs: [String]
    /// The outcome.
    var status: Status
    /// The error message for a failed item.
    var error: String?
    /// Wall time spent on the item, in milliseconds.
    var durationMilliseconds: Double
    /// Warnings the writers gave.
    var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case input, outputs, status, error, durationMilliseconds = "duration_ms", warnings
    }
}
