import Folio
import Foundation

/// Reading an input: a file, or standard input for `-`, refused past a size limit.
enum InputFile {
    /// The default largest input: 1 GiB.
    static let defaultMaximumSize = 1 << 30

    /// The bytes of `path` (`-` for standard input), at most `maximumSize` of them.
    static func read(_ path: String, maximumSize: Int) throws -> Data {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= maximumSize else {
                throw FolioError(.limitExceeded, "standard input is over the \(maximumSize)-byte limit (raise it with --max-input-size)", source: path)
            }
            return data
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FolioError(.fileSystem, "no such file", source: path)
        }
        guard !isDirectory.boolValue else {
            throw FolioError(.fileSystem, "is a folder; to convert a folder use `folio batch \(path)`", source: path)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maximumSize else {
            throw FolioError(.limitExceeded, "the file is \(size) bytes, over the \(maximumSize)-byte limit (raise it with --max-input-size)", source: path)
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: size > 16 << 20 ? .alwaysMapped : [])
        } catch {
            throw FolioError(.fileSystem, "cannot read: \(Self.reason(error))", source: path)
        }
    }

    /// The system's reason for a failed file operation, without Foundation's boilerplate.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}
