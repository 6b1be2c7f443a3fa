import FolioCommandLine

await FolioCommand.main(registry: .builtIn)
