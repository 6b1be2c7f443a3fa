/// The tables of a Folio database, created when absent, and the version that names their shape.
///
/// `documents` has one row per input; `blocks` its headings and paragraphs in reading order;
/// `indicators` every indicator row with its provenance, keyed to its document and paragraph;
/// `blocks_fts` a full-text index of the paragraphs (see ``SearchText``). Rows reference their
/// document and paragraph by foreign keys, which `PRAGMA foreign_key_check` verifies.
enum ArchiveSchema {
    /// The shape of the tables, kept in `PRAGMA user_version`.
    static let version = 1

    /// The statements that create the tables and indexes.
    static let creation = """
        CREATE TABLE IF NOT EXISTS documents (
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL UNIQUE,
            modified INTEGER,
            title TEXT, subtitle TEXT, intro_title TEXT, authors TEXT,
            date TEXT, publication TEXT, edition TEXT, section TEXT,
            language TEXT, source TEXT, identifier TEXT
        );
        CREATE TABLE IF NOT EXISTS blocks (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph')),
            level INTEGER,
            paragraph INTEGER,
            text TEXT NOT NULL,
            UNIQUE (document_id, position)
        );
        CREATE TABLE IF NOT EXISTS indicators (
            id TEXT PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            block_id INTEGER REFERENCES blocks(id),
            file TEXT NOT NULL, date TEXT, publication TEXT, edition TEXT, page_section TEXT, title TEXT,
            paragraph INTEGER, offset INTEGER,
            section TEXT, subject TEXT, value NUMERIC, unit TEXT, qualifier TEXT, kind TEXT, mention TEXT, sentence TEXT
        );
        CREATE INDEX IF NOT EXISTS indicators_document ON indicators(document_id);
        CREATE VIRTUAL TABLE IF NOT EXISTS blocks_fts USING fts5(text, content = '', tokenize = 'unicode61');
        """
}
