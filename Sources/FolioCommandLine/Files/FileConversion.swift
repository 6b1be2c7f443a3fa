import Folio
import Foundation

/// One conversion from files to files: read the inputs, run the pipeline, commit every output.
///
/// `folio` and `folio batch` both convert through this, so a page converts the same way
/// alone or in a batch of a million.
struct FileConversion {
    /// The pipeline with the user's plugins, options and filters.
    var pipeline: Pipeline
    /// The largest input file accepted.
    var maximumInputSize: Int
    /// Finds the images and style sheets documents refer to.
    var resources = FileResourceLoader()

    /// Creates a conversion, reading the input size limit from the pipeline's options.
    init(pipeline: Pipeline) throws {
        self.pipeline = pipeline
        self.maximumInputSize = try pipeline.options.maximumInputSize()
    }

    /// Converts `inputs` into `outputs`; nothing is written unless every writer succeeded.
    ///
    /// `names` are what writers record as each input's file (default: the paths as given).
    /// Returns the files written and the writers' warnings.
    func run(inputs: [String], names: [String]? = nil, format: String?, outputs: [Pipeline.Output]) throws -> (written: [String], warnings: [String]) {
        let loaded = try inputs.enumerated().map { index, path in
            Pipeline.Input(data: try InputFile.read(path, maximumSize: maximumInputSize), source: path, format: format, name: names?[index])
        }
        let results = try pipeline.run(inputs: consume loaded, outputs: outputs, resources: resources)
        var written: [String] = []
        for (result, output) in zip(results, outputs) {
            written += try OutputCommit.commit(result, to: output.destination)
        }
        return (written, results.flatMap(\.warnings))
    }
}
