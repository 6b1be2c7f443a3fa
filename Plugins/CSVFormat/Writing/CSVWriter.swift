import FolioCore

/// Writes a document's tables as delimited text.
///
/// One table gives one file; several give numbered files (see ``TableSelection``) unless
/// `table=N` picks one (1-based). Options: `bom` (a UTF-8 byte order mark, for spreadsheet
/// programs), `delimiter` (another delimiter than the format's). Spans are written as the
/// table's grid (a spanned cell's text in its first slot, empty fields in the others), head
/// rows first. Several documents (and `provenance`) put ``IndicatorProvenance/columns`` before
/// the indicator columns and merge the indicator tables into one; such a combined output is
/// written a document at a time (``CombinedCSV``). The writer asks for the `indicators` filter,
/// so the statistics found in the text are a table unless the user turns the filter off.
struct CSVWriter: StreamingWriter {
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
        let options = context.options
        let tables = TableSelection(document: document, inputName: context.inputName(at: 0), provenance: options.flag(PluginOption.provenance.name)).tables
        let layout = try layout(of: tables.map(\.role), options: options)
        let encoder = try encoder(options: options)
        let bom = options.flag("bom")
        switch layout {
        case .file(let index):
            return WriterOutput(data: encoder.encode(tables[index].grid, byteOrderMark: bom))
        case .files(let files):
            return WriterOutput(.files(files.map { OutputFile(path: $0.path, data: encoder.encode(tables[$0.piece].grid, byteOrderMark: bom)) }))
        }
    }

    func write(collection documents: [Document], context: WriteContext) throws -> WriterOutput {
        try writeCombined(documents, context: context)
    }

    func part(of document: Document, inputName: String, context: WriteContext) throws -> [EncodedTable] {
        let encoder = try encoder(options: context.options)
        return TableSelection(document: document, inputName: inputName, provenance: true).tables.map { EncodedTable($0, encoder: encoder) }
    }

    func startCombinedOutput(context: WriteContext) throws -> CombinedCSV {
        CombinedCSV(writer: self, options: context.options)
    }

    /// Which of an output's tables, given by role in order, are written, and under which names:
    /// the one `table=N` picks, the only one, or each as a numbered file. The layout's piece
    /// numbers are the tables' positions.
    func layout(of tables: [Table.Role], options: Options) throws -> CombinedLayout {
        guard !tables.isEmpty else {
            throw FolioError(.unsupported, "the document has no table to write as \(fileExtension.uppercased()): the input holds none and no indicator table was added (the indicators filter adds one unless --no-indicators is given)")
        }
        if let raw = options["table"] {
            let range = tables.count == 1 ? "only table 1" : "tables 1-\(tables.count)"
            guard let number = Int(raw), (1...tables.count).contains(number) else {
                throw FolioError(.invalidOption, "--table \(raw) is out of range: the output has \(range)")
            }
            return .file(piece: number - 1)
        }
        if tables.count == 1 { return .file(piece: 0) }
        return .files(tables.enumerated().map { index, role in
            CombinedFile(path: TableSelection.fileName(at: index, of: tables.count, role: role, fileExtension: fileExtension), piece: index)
        })
    }

    /// The record encoder for the `delimiter` option, or the format's own delimiter.
    private func encoder(options: Options) throws -> RecordEncoder {
        RecordEncoder(delimiter: try FieldDelimiter(option: options["delimiter"]) ?? delimiter)
    }
}
