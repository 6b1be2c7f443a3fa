import Foundation
import FolioCore
import Testing
@testable import CSVFormat

/// Shortcuts for the tests: read text as CSV, write tables, find the shared conformance data.
enum CSV {
    /// The single table a CSV text reads into.
    static func table(_ text: String, _ options: [String: String] = [:], plugin: any FolioPlugin = CSVFormatPlugin(), source: String = "test.csv") throws -> Table {
        try table(Data(text.utf8), options, plugin: plugin, source: source)
    }

    /// The single table CSV bytes read into.
    static func table(_ data: Data, _ options: [String: String] = [:], plugin: any FolioPlugin = CSVFormatPlugin(), source: String = "test.csv") throws -> Table {
        let reader = try #require(plugin.reader)
        let document = try reader.read(data, source: source, options: Options(options))
        #expect(document.blocks.count == 1)
        return try #require(document.tables.first)
    }

    /// The rows of fields a CSV text reads into, head rows included.
    static func rows(_ text: String, _ options: [String: String] = [:], plugin: any FolioPlugin = CSVFormatPlugin()) throws -> [[String]] {
        try table(text, options, plugin: plugin).grid
    }

    /// The error reading a CSV text throws.
    static func error(_ text: String, _ options: [String: String] = [:]) -> FolioError? {
        do {
            _ = try table(text, options)
            return nil
        } catch {
            return error as? FolioError
        }
    }

    /// What the writer produces for a document.
    static func write(_ document: Document, _ options: [String: String] = [:], plugin: any FolioPlugin = CSVFormatPlugin()) throws -> WriterOutput {
        let writer = try #require(plugin.writer)
        return try writer.write(document, context: WriteContext(options: Options(options)))
    }

    /// The text of single-file output, or nil for a file tree.
    static func text(_ output: WriterOutput) -> String? {
        guard case .data(let data) = output.content else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// A document holding the given tables.
    static func document(_ tables: Table...) -> Document {
        Document(blocks: tables.map(Block.table))
    }

    /// A table of plain-text rows, the first `headRows` of them in the head.
    static func plainTable(_ rows: [[String]], headRows: Int = 1, role: Table.Role = .data) -> Table {
        let all = rows.map(TableRow.init(texts:))
        return Table(role: role, head: Array(all.prefix(headRows)), body: Array(all.dropFirst(headRows)))
    }

}
