import ArgumentParser
import Folio
import Foundation
import Indicators

/// `folio eval PAGE… [--target CSV]`: how well the indicator extraction matches hand-labelled tables.
struct EvalCommand: ParsableCommand, RegistryCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Compare the indicators found in pages with hand-labelled tables.",
        discussion: """
            Each page is read, the indicators filter runs, and its table is compared with the \
            target: by default the CSV beside the page named PAGE-STEM.indicators.csv. A row \
            matches when value, unit, qualifier and kind agree; precision and recall count \
            matches, subject agreement is the share of matches whose subjects are equal. \
            With several pages, a total line follows.
            """)

    @Argument(help: ArgumentHelp("Pages to evaluate.", valueName: "page"))
    var pages: [String]

    @Option(name: .long, help: ArgumentHelp("The labelled table (only with one page).", valueName: "csv"))
    var target: String?

    @Flag(name: .shortAndLong, help: "List the missed and the extra rows.")
    var verbose = false

    @Option(name: .customLong("min-precision"), help: ArgumentHelp("Exit 1 when total precision is below this percentage.", valueName: "percent"))
    var minimumPrecision: Double?

    @Option(name: .customLong("min-recall"), help: ArgumentHelp("Exit 1 when total recall is below this percentage.", valueName: "percent"))
    var minimumRecall: Double?

    @OptionGroup var conversion: ConversionOptions

    func validate() throws {
        if target != nil && pages.count != 1 { throw ValidationError("--target names the table of one page; with several pages, put PAGE-STEM.indicators.csv beside each") }
    }

    func run(in context: CommandContext) throws -> Int32 {
        let pipeline = conversion.pipeline(registry: context.registry, environment: context.environment)
        let maximumSize = try pipeline.options.maximumInputSize()
        var totals = (extracted: 0, target: 0, matched: 0, subjects: 0.0)
        for page in pages {
            let targetPath = target ?? Self.defaultTarget(for: page)
            let document = try pipeline.apply(["indicators"], to: pipeline.read(Pipeline.Input(data: try InputFile.read(page, maximumSize: maximumSize), source: page, format: conversion.from)))
            let labelled = try pipeline.read(Pipeline.Input(data: try InputFile.read(targetPath, maximumSize: maximumSize), source: targetPath, format: "csv"))
            guard let found = document.tables.last(where: { $0.role == .indicators }) else {
                throw FolioError(.unsupported, "the indicators filter added no table", source: page)
            }
            guard let expected = labelled.tables.first else {
                throw FolioError(.malformedInput, "no table in the target", source: targetPath)
            }
            let evaluation = IndicatorEvaluation.compare(extracted: found, target: expected)
            Terminal.standardOutput("\(page): " + (verbose ? evaluation.summary : evaluation.summary.split(separator: "\n").first.map(String.init) ?? ""))
            totals.extracted += evaluation.extractedCount
            totals.target += evaluation.targetCount
            totals.matched += evaluation.matched.count
            totals.subjects += evaluation.subjectAgreement * Double(evaluation.matched.count)
        }
        let precision = totals.extracted == 0 ? 100 : Double(totals.matched) * 100 / Double(totals.extracted)
        let recall = totals.target == 0 ? 100 : Double(totals.matched) * 100 / Double(totals.target)
        if pages.count > 1 {
            let agreement = totals.matched == 0 ? 0 : totals.subjects * 100 / Double(totals.matched)
            Terminal.standardOutput(String(format: "total: precision %.1f%% (%d/%d)  recall %.1f%% (%d/%d)  subject agreement %.1f%%",
                                           precision, totals.matched, totals.extracted, recall, totals.matched, totals.target, agreement))
        }
        let belowPrecision = minimumPrecision.map { precision < $0 } ?? false
        let belowRecall = minimumRecall.map { recall < $0 } ?? false
        return belowPrecision || belowRecall ? FolioCommand.conversionFailed : FolioCommand.success
    }

    /// `dir/page.txt` → `dir/page.indicators.csv`.
    static func defaultTarget(for page: String) -> String {
        let url = URL(fileURLWithPath: page)
        return url.deletingPathExtension().path + ".indicators.csv"
    }
}
