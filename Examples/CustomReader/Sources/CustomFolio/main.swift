import ArchiveExport
import EveningPaper
import FolioCommandLine

// Folio's whole command line — convert, batch, formats — with a new reader, and the text
// format replaced by one that also knows the evening paper's layout.
FolioCommand.main(registry: .builtIn.registering([ArchiveExportFormat(), eveningPaperTextFormat]))
