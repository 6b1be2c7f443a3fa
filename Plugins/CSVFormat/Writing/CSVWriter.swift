import FolioCore

/// Writes a document's tables as delimited text.
///
/// One table gives one file; several give numbered files (see ``TableSelection``) unless
/// `table=N` picks one (1-based). Options: `bom` (a UTF-8 byte order mark, for spreadsheet
/// programs), `delimiter` (another delimiter than the format's). Spans are written as the
/// table's grid (a spanned cell's text in its first slot, empty fields in the others), head
/// rows first. Several documents (and `provenance`) put ``IndicatorProvenance/columns`` before
/// the indicator columns and merge the indicator tables into one. The writer asks for the `indicators` filter, so the statistics found in the
/// text are a table unless the user turns the filter off.
struct CSVWriter: DocumentWriter {
    /// The format's delimiter.
    let delimiter: FieldDelimiter
    /// The extension of numbered files (`csv`, `tsv`).
    let fileExtension: String

    /// The options the writer reads.
    static let options = [
        PluginOption("delimiter", .text, for: .writer, help: "field delimiter instead of the format's own", flags: ["--delimiter"]),
        PluginOption("bom", .flag, for: .writer, help: "start with a byte order mark, for spreadsheet programs", flags: ["--bom"]),
        PluginOption("table", .integer, for: .writer, help: "write only table N (1-based)", flags: ["--table"]),
        PluginOption.provenance,
    ]

    var defaultFilters: [String] { ["indicators"] }

    func write(_ document: Document, context: WriteContext) throws -> WriterOutput {
        let selection = TableSelection(documents: [document], inputNames: [context.inputName(at: 0)], provenance: context.options.flag(PluginOption.provenance.name))
        return try write(selection, options: context.options)
    }

    func write(collection documents: [Document], context: WriteContext) throws -> WriterOutput {
        try write(TableSelection(documents: documents, inputNames: documents.indices.map(context.inputName(at:)), provenance: true), options: context.options)
    }

    private func write(_ selection: TableSelection, options: Options) throws -> WriterOutput {
        let tables = selection.tables
        guard !tables.isEmpty else {
            throw FolioError(.unsupported, "the document has no table to write as \(fileExtension.uppercased()): the input holds none and no indicator table was added (the indicators filter adds one unless --no-indicators is given)")
        }
        let encoder = RecordEncoder(delimiter: try FieldDelimiter(option: options["delimiter"]) ?? delimiter)
        let bom = options.flag("bom")
        if let raw = options["table"] {
            let range = tables.count == 1 ? "only table 1" : "tables 1-\(tables.count)"
            guard let number = Int(raw), (1...tables.count).contains(number) else {
                throw FolioError(.invalidOption, "--table \(raw) is out of range: the output has \(range)")
            }
            return WriterOutput(data: encoder.encode(tables[number - 1].grid, byteOrderMark: bom))
        }
        if tables.count == 1 {
            return WriterOutput(data: encoder.encode(tables[0].grid, byteOrderMark: bom))
        }
        let files = tables.enumerated().map { index, table in
            OutputFile(path: TableSelection.fileName(at: index, of: tables.count, role: table.role, fileExtension: fileExtension),
                       data: encoder.encode(table.grid, byteOrderMark: bom))
        }
        return WriterOutput(.files(files))
    }
}
