import CSVFormat
import FolioCore
import Foundation
import Indicators
import TextFormat

/// Test helpers: pages through the real text reader, targets through the real CSV reader.
enum TestSupport {
    /// A document from a plain-text e-paper page, read by the text format's reader.
    static func document(fromTextDump text: String, source: String = "page.txt") throws -> Document {
        try TextReader().read(Data(text.utf8), source: source, options: Options())
    }

    /// Runs the filter over a page and compares its table with a target CSV, read as `folio eval` reads it.
    static func evaluate(page: String, target: String) throws -> IndicatorEvaluation {
        let document = try IndicatorsPlugin.Filter().apply(to: try document(fromTextDump: page), options: Options())
        let labelled = try CSVFormatPlugin().reader?.read(Data(target.utf8), source: "target.csv", options: Options())
        return IndicatorEvaluation.compare(extracted: document.tables.first { $0.role == .indicators } ?? Table(),
                                           target: labelled?.tables.first ?? Table())
    }
}
