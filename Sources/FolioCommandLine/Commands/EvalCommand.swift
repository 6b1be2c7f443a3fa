import ArgumentParser
import Folio
import FolioNewspaper
import Foundation
import Indicators

/// `folio eval PAGE… [--target CSV]`: how well the indicator extraction matches hand-labelled
/// tables; `folio eval --structure DIR`: how well pages are understood, against labelled pages.
struct EvalCommand: ParsableCommand, RegistryCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Compare what Folio finds in pages with hand-labelled targets.",
        discussion: """
            Indicators (the default): each page is read, the indicators filter runs, and its \
            table is compared with the target: by default the CSV beside the page named \
            PAGE-STEM.indicators.csv. A row matches when value, unit, qualifier and kind agree; \
            precision and recall count matches, subject agreement is the share of matches whose \
            subjects are equal, and subject F1 the mean character-overlap F1 of their subjects \
            (credit for a subject that is nearly right). With several pages, a total line follows.

            Structure (--structure DIR): every NAME.labels.json in DIR is compared with what the \
            reader makes of the page beside it (NAME.txt, NAME.html …): the exact title, the date, \
            the authors' names, whether any chrome line survives, the paragraph count within one, \
            and the article count. Editors are credits, not authors, on both sides.
            """)

    @Argument(help: ArgumentHelp("Pages to evaluate.", valueName: "page"))
    var pages: [String] = []

    @Option(name: .long, help: ArgumentHelp("Score the labelled pages in a folder (NAME.labels.json beside each page).", valueName: "dir"))
    var structure: String?

    @Option(name: .customLong("min-score"), help: ArgumentHelp("With --structure: exit 1 when any measure is below this percentage.", valueName: "percent"))
    var minimumScore: Double?

    @Option(name: .long, help: ArgumentHelp("The labelled table (only with one page).", valueName: "table"))
    var target: String?

    @Flag(name: .shortAndLong, help: "List the missed and the extra rows.")
    var verbose = false

    @Option(name: .customLong("min-precision"), help: ArgumentHelp("Exit 1 when total precision is below this percentage.", valueName: "percent"))
    var minimumPrecision: Double?

    @Option(name: .customLong("min-recall"), help: ArgumentHelp("Exit 1 when total recall is below this percentage.", valueName: "percent"))
    var minimumRecall: Double?

    @Option(name: .customLong("min-subject"), help: ArgumentHelp("Exit 1 when the total subject F1 is below this percentage.", valueName: "percent"))
    var minimumSubject: Double?

    @OptionGroup var conversion: ConversionOptions

    func validate() throws {
        if structure != nil && (!pages.isEmpty || target != nil) { throw ValidationError("--structure scores a folder of labelled pages; give no pages or --target with it") }
        if structure == nil && pages.isEmpty { throw ValidationError("name the pages to evaluate, or a folder with --structure") }
        if target != nil && pages.count != 1 { throw ValidationError("--target names the table of one page; with several pages, put PAGE-STEM.indicators.csv beside each") }
    }

    func run(in context: CommandContext) throws -> Int32 {
        let pipeline = conversion.pipeline(registry: context.discoveringExternalPlugins(), environment: context.environment)
        if let structure { return try evaluateStructure(in: structure, pipeline: pipeline) }
        let maximumSize = try pipeline.options.maximumInputSize()
        var totals = (extracted: 0, target: 0, matched: 0, subjects: 0.0, subjectF1: 0.0)
        for page in pages {
            let targetPath = target ?? Self.defaultTarget(for: page)
            let document = try pipeline.apply([IndicatorsPlugin.name], to: pipeline.read(Pipeline.Input(data: try InputFile.read(page, maximumSize: maximumSize), source: page, format: conversion.from)))
            let labelled = try pipeline.read(Pipeline.Input(data: try InputFile.read(targetPath, maximumSize: maximumSize), source: targetPath, format: nil))
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
            totals.subjectF1 += evaluation.subjectF1 * Double(evaluation.matched.count)
        }
        let precision = totals.extracted == 0 ? 100 : Double(totals.matched) * 100 / Double(totals.extracted)
        let recall = totals.target == 0 ? 100 : Double(totals.matched) * 100 / Double(totals.target)
        let subjectF1 = totals.matched == 0 ? 0 : totals.subjectF1 * 100 / Double(totals.matched)
        if pages.count > 1 {
            let agreement = totals.matched == 0 ? 0 : totals.subjects * 100 / Double(totals.matched)
            Terminal.standardOutput(String(format: "total: precision %.1f%% (%d/%d)  recall %.1f%% (%d/%d)  subject agreement %.1f%%  subject F1 %.1f%%",
                                           precision, totals.matched, totals.extracted, recall, totals.matched, totals.target, agreement, subjectF1))
        }
        let belowPrecision = minimumPrecision.map { precision < $0 } ?? false
        let belowRecall = minimumRecall.map { recall < $0 } ?? false
        let belowSubject = minimumSubject.map { subjectF1 < $0 } ?? false
        return belowPrecision || belowRecall || belowSubject ? FolioCommand.conversionFailed : FolioCommand.success
    }

    /// Scores every labelled page in `folder`, one line per page and a total.
    func evaluateStructure(in folder: String, pipeline: Pipeline) throws -> Int32 {
        let maximumSize = try pipeline.options.maximumInputSize()
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw FolioError(.fileSystem, "cannot list the folder: \(error.localizedDescription)", source: folder)
        }
        let names = entries.filter { $0.hasSuffix(".labels.json") }
        guard !names.isEmpty else { throw FolioError(.malformedInput, "no NAME.labels.json files", source: folder) }
        var score = StructureScore()
        for name in names {
            let stem = String(name.dropLast(".labels.json".count))
            let labelsPath = (folder as NSString).appendingPathComponent(name)
            guard let pageName = entries.first(where: { $0.hasPrefix(stem + ".") && !$0.hasSuffix(".json") && !$0.hasSuffix(".csv") }) else {
                throw FolioError(.fileSystem, "no page beside the labels", source: labelsPath)
            }
            let pagePath = (folder as NSString).appendingPathComponent(pageName)
            let labels = try StructureLabels.decode(try InputFile.read(labelsPath, maximumSize: maximumSize), source: labelsPath)
            let document = try pipeline.read(Pipeline.Input(data: try InputFile.read(pagePath, maximumSize: maximumSize), source: pagePath, format: conversion.from))
            let evaluation = StructureEvaluation(document: document, labels: labels)
            score.add(evaluation)
            let marks = [("title", evaluation.title), ("date", evaluation.date), ("authors", evaluation.authors),
                         ("chrome", evaluation.chromeFree), ("paragraphs", evaluation.paragraphs), ("articles", evaluation.articles)]
                .compactMap { name, outcome in outcome.map { "\(name) \($0 ? "ok" : "MISS")" } }
            Terminal.standardOutput("\(pageName): " + marks.joined(separator: "  "))
            if verbose { for miss in evaluation.misses { Terminal.standardOutput("    " + miss) } }
        }
        Terminal.standardOutput("total (\(names.count) pages): " + score.summary)
        guard let minimumScore else { return FolioCommand.success }
        let rates = [score.titles, score.dates, score.authors, score.chromeFree, score.paragraphs, score.articles].map(\.rate)
        return rates.contains { $0 * 100 < minimumScore } ? FolioCommand.conversionFailed : FolioCommand.success
    }

    /// `dir/page.txt` → `dir/page.indicators.csv`.
    static func defaultTarget(for page: String) -> String {
        let url = URL(fileURLWithPath: page)
        return url.deletingPathExtension().path + ".indicators.csv"
    }
}
