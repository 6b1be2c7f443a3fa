import Folio
import Foundation

/// Reading an input: a file, or standard input for `-`, refused past a size limit.
enum InputFile {
    /// The bytes of `path` (`-` for standard input), at most `maximumSize` of them.
    static func read(_ path: String, maximumSize: Int) throws -> Data {
        guard path == "-" else { return try FileSystem.read(path, maximumSize: maximumSize) }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard data.count <= maximumSize else {
            throw FolioError(.limitExceeded, "standard input is over the \(maximumSize)-byte limit (raise it with --max-input-size)", source: path)
        }
        return data
    }
}
