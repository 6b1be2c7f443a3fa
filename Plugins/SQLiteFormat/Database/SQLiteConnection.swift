import CSQLite
import FolioCore
import Foundation

/// One open SQLite database, through the C library: statements run, transactions, the bytes of
/// an in-memory database.
///
/// Errors are ``FolioError``s naming the database and giving SQLite's own message. A class,
/// because it owns the C handle, closed when the connection goes away.
final class SQLiteConnection {
    /// The database's path (`:memory:` for one in memory), named in errors.
    let path: String
    private var handle: OpaquePointer?

    /// Opens the database at `path`: for writing, created when absent, or only for reading an existing one.
    init(path: String, readOnly: Bool = false) throws {
        self.path = path
        var handle: OpaquePointer?
        let mode = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        let status = sqlite3_open_v2(path, &handle, mode | SQLITE_OPEN_NOMUTEX, nil)
        self.handle = handle
        guard status == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_close_v2(handle)
            self.handle = nil
            throw FolioError(.fileSystem, "cannot open the database: \(message)", source: path)
        }
        // Another folio writing the same database waits for it rather than failing at once.
        sqlite3_busy_timeout(handle, 10_000)
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard status == SQLITE_OK else {
            throw error(message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(status)))
        }
    }

    /// Compiles a statement to run many times.
    func prepare(_ sql: String) throws -> SQLiteStatement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil) == SQLITE_OK, let statement else {
            throw error(lastMessage)
        }
        return SQLiteStatement(statement, connection: self)
    }

    /// The rowid of the row the last successful INSERT added.
    var lastInsertedRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }

    /// Whether a transaction is open.
    var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// The bytes of the main database, as its file would hold them (for a database in memory).
    func serialized() throws -> Data {
        var size: sqlite3_int64 = 0
        guard let bytes = sqlite3_serialize(handle, "main", &size, 0) else {
            throw error("cannot serialise the database: \(lastMessage)")
        }
        defer { sqlite3_free(bytes) }
        return Data(bytes: bytes, count: Int(size))
    }

    /// SQLite's message for the last failed call.
    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }

    /// An error naming the database.
    func error(_ message: String) -> FolioError {
        FolioError(.fileSystem, "database error: \(message)", source: path)
    }
}

/// A compiled statement: values bound by position (from 1), stepped, reset for the next use.
final class SQLiteStatement {
    /// A value for a statement's parameter.
    enum Value: Sendable {
        /// A whole number.
        case integer(Int)
        /// Text.
        case text(String)
        /// SQL NULL.
        case null
    }

    /// SQLite copies bound text at once (`SQLITE_TRANSIENT`), so the Swift string need not outlive the call.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private let statement: OpaquePointer
    private let connection: SQLiteConnection

    fileprivate init(_ statement: OpaquePointer, connection: SQLiteConnection) {
        self.statement = statement
        self.connection = connection
    }

    deinit { sqlite3_finalize(statement) }

    /// Binds the values of each list in turn to the parameters in order, and runs the statement to its end.
    ///
    /// Several lists let a caller bind values worked out ahead of time followed by the few it
    /// knows only now (a new row's id), without building one array of them all.
    func run(_ values: [Value]...) throws {
        try bind(values)
        defer { sqlite3_reset(statement) }
        var status = sqlite3_step(statement)
        while status == SQLITE_ROW { status = sqlite3_step(statement) }
        guard status == SQLITE_DONE else { throw connection.error(connection.lastMessage) }
    }

    /// Binds `values`, then calls `row` for each result row with a reader of its columns.
    func query(_ values: [Value], row: (Row) throws -> Void) throws {
        try bind([values])
        defer { sqlite3_reset(statement) }
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return }
            guard status == SQLITE_ROW else { throw connection.error(connection.lastMessage) }
            try row(Row(statement: statement))
        }
    }

    /// The columns of the current result row, by position from 0.
    struct Row {
        fileprivate let statement: OpaquePointer

        /// The integer in a column; nil for NULL.
        func integer(_ column: Int32) -> Int? {
            sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(statement, column))
        }

        /// The text in a column; empty for NULL.
        func text(_ column: Int32) -> String {
            guard let bytes = sqlite3_column_text(statement, column) else { return "" }
            return String(cString: bytes)
        }
    }

    /// Binds every parameter, so no value of the previous run is left over (no `sqlite3_clear_bindings` needed).
    private func bind(_ lists: [[Value]]) throws {
        let expected = sqlite3_bind_parameter_count(statement)
        var position: Int32 = 0
        for values in lists {
            for value in values {
                position += 1
                let status: Int32
                switch value {
                case .integer(let number): status = sqlite3_bind_int64(statement, position, sqlite3_int64(number))
                case .text(let text): status = bind(text, at: position)
                case .null: status = sqlite3_bind_null(statement, position)
                }
                guard status == SQLITE_OK else { throw connection.error(connection.lastMessage) }
            }
        }
        guard position == expected else {
            throw connection.error("a statement with \(expected) parameters was given \(position) values")
        }
    }

    /// Binds text from the string's own UTF-8 bytes with their length, rather than from a
    /// NUL-terminated copy made for the call (a copy per value was a third of binding).
    private func bind(_ text: String, at position: Int32) -> Int32 {
        let bound = text.utf8.withContiguousStorageIfAvailable { bytes in
            // An empty buffer may have no address, and a null pointer would bind NULL, not ''.
            bytes.baseAddress.map { sqlite3_bind_text(statement, position, $0, Int32(bytes.count), Self.transient) }
        }
        return (bound ?? nil) ?? sqlite3_bind_text(statement, position, text, -1, Self.transient)
    }
}
