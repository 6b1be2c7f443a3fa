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
            var written: [String] = []
            let asFolder = destination.hasSuffix("/") || isDirectory(destination)
            for file in files {
                let target: String
                if asFolder {
                    target = (destination.hasSuffix("/") ? destination : destination + "/") + file.path
                } else if files.count == 1 {
                    target = destination
                } else {
                    let url = URL(fileURLWithPath: destination)
                    let stem = url.deletingPathExtension().lastPathComponent
                    let name = file.path.replacingOccurrences(of: "/", with: "-")
                    target = url.deletingLastPathComponent().appendingPathComponent(stem + "-" + name).path
                }
                try FileSystem.writeAtomically(file.data, to: target)
                written.append(target)
            }
            return written
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        FileSystem.status(path)?.isDirectory ?? false
    }
}
