import FolioCore
import Foundation

/// One table of a document, encoded as a combined CSV output takes it: head records and body
/// records apart, so a table merged into an earlier one adds only its body.
struct EncodedTable: Sendable {
    /// Whether the table is an indicator table, which merges, or a data table, which does not.
    var role: Table.Role
    /// The head rows, which must agree for tables to merge.
    var head: [[String]]
    /// The head rows' records.
    var headRecords: Data
    /// The body rows' records.
    var bodyRecords: Data

    /// Encodes a table's grid, split after its head rows.
    init(_ table: SelectedTable, encoder: RecordEncoder) {
        role = table.role
        head = Array(table.head)
        headRecords = encoder.encode(head, byteOrderMark: false)
        bodyRecords = encoder.encode(Array(table.grid[table.headCount...]), byteOrderMark: false)
    }
}

/// A CSV output of several documents, written a document at a time: each table a piece, the
/// indicator tables of consecutive documents merged into one while their heads agree, as
/// ``TableSelection`` merges them, every other table a piece of its own.
///
/// The merged table's rows are written as each page's grid gives them; merged tables share
/// their head row, so their rows are as wide, except tables without a head row, which the
/// indicators filter never makes.
struct CombinedCSV: CombinedOutput {
    /// The writer, whose layout picks the files.
    let writer: CSVWriter
    /// The user's options.
    let options: Options

    /// The indicator tables' pieces, in order, and the last one's head.
    private var indicatorPieces: [Int] = []
    private var lastIndicatorHead: [[String]] = []
    /// The other tables' pieces and roles, in order.
    private var dataPieces: [(piece: Int, role: Table.Role)] = []

    /// Starts an output with no tables.
    init(writer: CSVWriter, options: Options) {
        self.writer = writer
        self.options = options
    }

    mutating func append(_ part: [EncodedTable]) -> [PieceBytes] {
        part.map { table in
            if table.role == .indicators, let last = indicatorPieces.last, lastIndicatorHead == table.head {
                return PieceBytes(piece: last, data: table.bodyRecords)
            }
            let piece = indicatorPieces.count + dataPieces.count
            if table.role == .indicators {
                indicatorPieces.append(piece)
                lastIndicatorHead = table.head
            } else {
                dataPieces.append((piece, table.role))
            }
            let start = options.flag("bom") ? Data(RecordEncoder.byteOrderMark) : Data()
            return PieceBytes(piece: piece, data: start + table.headRecords + table.bodyRecords)
        }
    }

    func finish() throws -> CombinedLayout {
        // Indicator tables first, as in a document's own selection.
        let pieces = indicatorPieces + dataPieces.map(\.piece)
        let roles = indicatorPieces.map { _ in Table.Role.indicators } + dataPieces.map(\.role)
        switch try writer.layout(of: roles, options: options) {
        case .file(let index):
            return .file(piece: pieces[index])
        case .files(let files):
            return .files(files.map { CombinedFile(path: $0.path, piece: pieces[$0.piece]) })
        }
    }
}
