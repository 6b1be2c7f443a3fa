import FolioCore

/// The `csv` format: tables as comma-separated values (RFC 4180) in and out.
///
/// The reader sniffs the dialect (`,` `;` tab `|`), decodes UTF-8, UTF-16 and GB18030, detects a
/// header row and reports malformed records by line and column (or repairs them with
/// `lenient`). The writer writes every table of the document: one table as one file, several as
/// numbered files (`01-indicators.csv`, `02-table.csv`), or the one that `table=N` picks.
public struct CSVFormatPlugin: FolioPlugin {
    /// Creates the plugin.
    public init() {}

    /// The `csv` descriptor.
    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: "csv", extensions: ["csv"], mediaTypes: ["text/csv"],
                         summary: "Comma-separated values (RFC 4180): tables in, every table out; dialect sniffed on input",
                         options: CSVReader.options + CSVWriter.options)
    }

    /// Reads CSV, sniffing the delimiter with the comma preferred.
    public var reader: (any DocumentReader)? { CSVReader(preferredDelimiter: .comma) }
    /// Writes CSV with commas and CRLF record ends.
    public var writer: (any DocumentWriter)? { CSVWriter(delimiter: .comma, fileExtension: "csv") }
}

/// The `tsv` format: the same tables with a tab between fields.
///
/// Its own plugin rather than an alias so that `-o table.tsv` writes tabs and `page.tsv` reads
/// with the tab preferred; quoting follows the CSV rules (a field holding a tab, quote or line
/// break is quoted), as spreadsheet programs write it.
public struct TSVFormatPlugin: FolioPlugin {
    /// Creates the plugin.
    public init() {}

    /// The `tsv` descriptor.
    public var descriptor: PluginDescriptor {
        PluginDescriptor(name: "tsv", extensions: ["tsv", "tab"], mediaTypes: ["text/tab-separated-values"],
                         summary: "Tab-separated values: tables in, every table out; CSV quoting rules",
                         options: CSVReader.options + CSVWriter.options)
    }

    /// Reads TSV, sniffing the delimiter with the tab preferred.
    public var reader: (any DocumentReader)? { CSVReader(preferredDelimiter: .tab) }
    /// Writes TSV with tabs and CRLF record ends.
    public var writer: (any DocumentWriter)? { CSVWriter(delimiter: .tab, fileExtension: "tsv") }
}
