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
            try writeAtomically(data, to: destination)
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
                try writeAtomically(file.data, to: target)
                written.append(target)
            }
            return written
        }
    }

    /// Writes bytes to a temporary file beside `path`, then renames it into place.
    static func writeAtomically(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FolioError(.fileSystem, "cannot create the folder \(folder.path): \(InputFile.reason(error))", source: path)
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).folio-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            unlink(temporary.path)
            throw FolioError(.fileSystem, "cannot write: \(InputFile.reason(error))", source: path)
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw FolioError(.fileSystem, "cannot write: \(reason)", source: path)
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
