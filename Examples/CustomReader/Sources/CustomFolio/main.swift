import ArchiveExport
import FolioCommandLine

// Folio's whole command line — convert, batch, formats — with one more reader.
FolioCommand.main(registry: .builtIn.registering([ArchiveExportFormat()]))
