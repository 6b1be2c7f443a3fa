import Folio
import FolioNewspaper
import Foundation

/// Learns the chrome a publication's pages repeat from a sample of a run's inputs, and hands it
/// to the readers through their `learned-chrome` option (``RecurringChrome``).
///
/// `folio batch` and multi-input runs read a sample of their inputs first: block texts that
/// recur on many pages of one publication (grouped by the publication a page names, else by
/// its folder) are chrome, whatever words they use. The sample is spread evenly over the inputs.
enum ChromeLearning {
    /// The most inputs read to learn from.
    static let sampleSize = 200

    /// The pipeline with the learned lines set, or unchanged when fewer than five inputs have a
    /// reader that takes the lesson, nothing recurs, or the user set the option.
    /// The sample is read on `jobs` threads; `jobs` is evaluated only when there is a sample to read,
    /// since counting the processors a process may use reads files under `/sys` and `/proc`.
    static func learning(from inputs: [String], format: String?, with pipeline: Pipeline, jobs: @autoclosure () -> Int) -> Pipeline {
        let key = RecurringChrome.option.name
        // Only inputs whose reader takes the lesson are worth reading for it (not EPUBs or CSVs).
        let learners = inputs.filter { path in
            let reader = format.flatMap(pipeline.registry.reader(named:)) ?? pipeline.registry.reader(forPath: path)
            return reader?.descriptor.options.contains { $0.name == key } ?? false
        }
        guard learners.count >= RecurringChrome.minimumSample, pipeline.options[key] == nil,
              let maximumSize = try? pipeline.options.maximumInputSize() else { return pipeline }
        let step = max(1, learners.count / sampleSize)
        let sample = stride(from: 0, to: learners.count, by: step).prefix(sampleSize).map { learners[$0] }
        let pages = sample.concurrentMap(jobs: jobs()) { path -> (lines: [String], publication: String)? in
            // A page that cannot be read teaches nothing; the conversion reports it.
            guard let data = try? InputFile.read(path, maximumSize: maximumSize),
                  let document = try? pipeline.read(Pipeline.Input(data: data, source: path, format: format)) else { return nil }
            // The headline too: a frame line the reader took for a title recurs on every page.
            var lines = [document.metadata.introTitle, document.metadata.title, document.metadata.subtitle].compactMap { $0 }
            document.walk(blocks: { block in
                switch block {
                case .paragraph, .heading: lines.append(block.plainText)
                case .figure(let figure): lines.append(figure.caption.plainText)
                default: break
                }
            })
            return (lines, document.metadata.publication ?? URL(fileURLWithPath: path).deletingLastPathComponent().path)
        }
        var learner = RecurringChrome()
        for case let (lines, publication)? in pages { learner.add(page: lines, publication: publication) }
        let learned = learner.learned
        guard !learned.isEmpty else { return pipeline }
        var result = pipeline
        result.options.values[key] = RecurringChrome.optionValue(learned)
        return result
    }
}
