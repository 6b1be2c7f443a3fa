import Folio
import Foundation

/// The few file operations a conversion makes, on POSIX calls directly.
///
/// Foundation's `Data(contentsOf:)`, `Data.write(to:)` and `FileManager` spend a dozen system
/// calls per file (and an fsync per write); in a batch of small pages those calls cost more
/// than converting. Errors carry the system's reason and name the path.
enum FileSystem {
    /// What `stat` says of a path.
    struct Status {
        /// Whether the path is a folder.
        var isDirectory: Bool
        /// The modification time, in nanoseconds since the epoch.
        var modified: Int
    }

    /// The status of `path`, or nil when it does not exist (or cannot be looked at).
    static func status(_ path: String) -> Status? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Status(
            isDirectory: (info.st_mode & S_IFMT) == S_IFDIR,
            modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
    }

    /// Calls `visit` with the path, relative to `root`, of every regular file below it, and of
    /// every hidden entry (name starting with `.`), whose folders are not entered.
    ///
    /// Symbolic links are followed to files but not to folders, so a link cannot make a loop.
    static func walk(_ root: String, _ visit: (_ relative: String, _ isHidden: Bool) throws -> Void) throws {
        func walk(_ folder: String, prefix: String) throws {
            guard let directory = opendir(folder) else {
                throw FolioError(.fileSystem, "cannot list the folder: \(reason())", source: folder)
            }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name == "." || name == ".." { continue }
                let relative = prefix + name
                if name.hasPrefix(".") {
                    try visit(relative, true)
                    continue
                }
                let path = folder + "/" + name
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                    var info = stat()
                    guard stat(path, &info) == 0 else { continue }
                    let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
                    // A link to a folder is not followed; a link to a file is a file.
                    if isFolder && type == UInt8(DT_LNK) { continue }
                    type = isFolder ? UInt8(DT_DIR) : ((info.st_mode & S_IFMT) == S_IFREG ? UInt8(DT_REG) : type)
                }
                if type == UInt8(DT_DIR) {
                    try walk(path, prefix: relative + "/")
                } else if type == UInt8(DT_REG) {
                    try visit(relative, false)
                }
            }
        }
        try walk(root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root, prefix: "")
    }

    /// The whole content of a regular file of at most `maximumSize` bytes.
    static func read(_ path: String, maximumSize: Int) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw FolioError(.fileSystem, errno == ENOENT ? "no such file" : "cannot read: \(reason())", source: path)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FolioError(.fileSystem, "cannot read: \(reason())", source: path) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw FolioError(.fileSystem, "is a folder; to convert a folder use `folio batch \(path)`", source: path)
        }
        let size = Int(info.st_size)
        guard size <= maximumSize else {
            throw FolioError(.limitExceeded, "the file is \(size) bytes, over the \(maximumSize)-byte limit (raise it with --max-input-size)", source: path)
        }
        // A size of 0 may be a pipe or a special file whose length is unknown: read until the end.
        // The buffer is exactly the file's size: `Data(count:)` reserves a quarter more, which a
        // large input keeps for the whole conversion.
        guard let buffer = malloc(max(size, 1)) else { throw FolioError(.limitExceeded, "no memory for \(size) bytes", source: path) }
        var filled = 0
        while filled < size {
            let count = Foundation.read(descriptor, buffer + filled, size - filled)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                free(buffer)
                throw FolioError(.fileSystem, "cannot read: \(reason())", source: path)
            }
            if count == 0 { break }
            filled += count
        }
        // Data takes the buffer over and frees it.
        var data = Data(bytesNoCopy: buffer, count: filled, deallocator: .free)
        if size == 0 {
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = Foundation.read(descriptor, &chunk, chunk.count)
                if count < 0 && errno == EINTR { continue }
                guard count >= 0 else { throw FolioError(.fileSystem, "cannot read: \(reason())", source: path) }
                if count == 0 { break }
                data.append(contentsOf: chunk[..<count])
                guard data.count <= maximumSize else {
                    throw FolioError(.limitExceeded, "the input is over the \(maximumSize)-byte limit (raise it with --max-input-size)", source: path)
                }
            }
        }
        return data
    }

    /// Writes `data` to a temporary file beside `path`, then renames it over `path`.
    ///
    /// A rename within one folder is atomic: readers of `path` see the old file or the new one,
    /// never a part.
    static func writeAtomically(_ data: Data, to path: String) throws {
        let file = try StagedFile(beside: path)
        try file.append(data)
        try file.commit(to: path)
    }

    /// A file written under a temporary name beside its destination, a part at a time, and
    /// renamed over the destination when complete (``commit(to:)``); one dropped uncommitted
    /// is removed, so a failed output leaves nothing behind.
    final class StagedFile {
        /// The destination the file is written beside, which errors name.
        let destination: String
        private let temporary: String
        private var descriptor: Int32

        /// Creates an empty temporary file in `destination`'s folder. Missing folders are
        /// created only when the first attempt says they are missing.
        init(beside destination: String) throws {
            let slash = destination.lastIndex(of: "/")
            let folder = slash.map { String(destination[..<$0]) } ?? "."
            let name = slash.map { String(destination[destination.index(after: $0)...]) } ?? destination
            let temporary = (slash == nil ? "" : folder + "/") + ".\(name).folio-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
            var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor < 0 && errno == ENOENT && !folder.isEmpty {
                try makeFolder(folder, for: destination)
                descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            }
            guard descriptor >= 0 else { throw FolioError(.fileSystem, "cannot write: \(reason())", source: destination) }
            self.destination = destination
            self.temporary = temporary
            self.descriptor = descriptor
        }

        /// Adds `data` at the end of the file.
        func append(_ data: Data) throws {
            var failure: String?
            data.withUnsafeBytes { buffer in
                var written = 0
                while written < buffer.count {
                    let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0 else { failure = reason(); return }
                    written += count
                }
            }
            if let failure { throw FolioError(.fileSystem, "cannot write: \(failure)", source: destination) }
        }

        /// Closes the file and renames it over `path` (the destination, or another name in a
        /// folder of the same file system); the file is not used afterwards.
        func commit(to path: String) throws {
            let closed = close(descriptor) == 0
            descriptor = -1
            guard closed, rename(temporary, path) == 0 else {
                let failure = reason()
                unlink(temporary)
                throw FolioError(.fileSystem, "cannot write: \(failure)", source: path)
            }
        }

        deinit {
            guard descriptor >= 0 else { return }
            close(descriptor)
            unlink(temporary)
        }
    }

    /// Creates a folder and its parents.
    private static func makeFolder(_ folder: String, for path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw FolioError(.fileSystem, "cannot create the folder \(folder): \(reason(error))", source: path)
        }
    }

    /// The system's text for the current `errno`.
    static func reason() -> String { String(cString: strerror(errno)) }

    /// The system's reason for a failed Foundation file operation, without Foundation's boilerplate.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}
