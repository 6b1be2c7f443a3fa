import Folio
import Foundation

/// Writing outputs so that a failed or interrupted run leaves no partial file behind.
///
/// Every file is written to a temporary name in its destination folder and renamed over the
/// destination only when complete; a rename within one folder is atomic, so a reader of the
/// destination sees the old file or the new one, never a truncated one.
enum OutputCommit {
    /// Writes one writer's output to `destination`: standard output for `-`, a file, or a folder for a file tree.
    ///
    /// A file tree written to a destination that is not a folder (`page.csv` for three tables)
    /// becomes sibling files named after it (`page-01-indicators.csv` …).
    static func commit(_ output: WriterOutput, to destination: String) throws -> [String] {
        switch output.content {
        case .data(let data):
            if destination == "-" {
                FileHandle.standardOutput.write(data)
                return []
            }
            try FileSystem.writeAtomically(data, to: destination)
            return [destination]
        case .files(let files):
            if destination == "-" {
                if files.count == 1, let only = files.first {
                    FileHandle.standardOutput.write(only.data)
                    return []
                }
                throw FolioError(.unsupported, "the output is \(files.count) files; write it to a folder with -o FOLDER/")
            }
            let asFolder = destination.hasSuffix("/") || isDirectory(destination)
            return try files.map { file in
                let target = target(of: file.path, among: files.count, at: destination, asFolder: asFolder)
                try FileSystem.writeAtomically(file.data, to: target)
                return target
            }
        }
    }

    /// Renames a combined output's pieces, written beside `destination` under temporary names,
    /// into place as its layout names them (as ``commit(_:to:)`` names a writer's files); a piece
    /// the layout leaves out is removed with its temporary file. Returns the files written.
    static func commit(_ layout: CombinedLayout, pieces: [Int: FileSystem.StagedFile], to destination: String) throws -> [String] {
        func piece(_ number: Int) throws -> FileSystem.StagedFile {
            try pieces[number] ?? FileSystem.StagedFile(beside: destination)
        }
        switch layout {
        case .file(let number):
            try piece(number).commit(to: destination)
            return [destination]
        case .files(let files):
            let asFolder = destination.hasSuffix("/") || isDirectory(destination)
            return try files.map { file in
                let target = target(of: file.path, among: files.count, at: destination, asFolder: asFolder)
                try piece(file.piece).commit(to: target)
                return target
            }
        }
    }

    /// Where the file `path` of a tree of `count` files goes: under `destination` when it is a
    /// folder, at `destination` when it is the only file, else beside it, named after it.
    private static func target(of path: String, among count: Int, at destination: String, asFolder: Bool) -> String {
        if asFolder { return (destination.hasSuffix("/") ? destination : destination + "/") + path }
        if count == 1 { return destination }
        let url = URL(fileURLWithPath: destination)
        let stem = url.deletingPathExtension().lastPathComponent
        let name = path.replacingOccurrences(of: "/", with: "-")
        return url.deletingLastPathComponent().appendingPathComponent(stem + "-" + name).path
    }

    private static func isDirectory(_ path: String) -> Bool {
        FileSystem.status(path)?.isDirectory ?? false
    }
}
