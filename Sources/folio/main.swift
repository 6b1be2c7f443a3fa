import FolioCommandLine

FolioCommand.main(registry: .builtIn)
