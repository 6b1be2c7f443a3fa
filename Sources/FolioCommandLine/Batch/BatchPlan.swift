import Folio
import Foundation

/// Which files a batch converts and where each output goes.
///
/// Walks the input tree in name order, skips hidden files and files no reader claims
/// (counting them), applies `--include`/`--exclude` globs and `--shard K/N`, and mirrors
/// each input's relative path under the output folder with the writer's extension.
struct BatchPlan {
    /// A stable one-of-N selection of inputs: shard K of N takes the paths whose hash is K-1 mod N.
    struct Shard: Sendable, Equatable {
        /// The 1-based shard number.
        var index: Int
        /// The number of shards.
        var count: Int

        /// Parses `K/N` with 1 ≤ K ≤ N.
        init(parsing text: String) throws {
            let parts = text.split(separator: "/")
            guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else {
                throw CommandLineUsageError(message: "--shard expects K/N with 1 ≤ K ≤ N, such as 2/8, not \"\(text)\"")
            }
            self.index = index
            self.count = count
        }

        /// Whether a relative path belongs to this shard (``StableHash`` of its UTF-8 bytes, so every machine agrees).
        func contains(_ relativePath: String) -> Bool {
            var hash = StableHash()
            hash.combine(relativePath.utf8)
            return Int(hash.value % UInt64(count)) == index - 1
        }
    }

    /// The items to convert, in order.
    var items: [BatchItem] = []
    /// Files passed over: hidden, excluded, or of no known format.
    var ignored = 0

    /// Plans a batch over `root`, writing each of `formats` under `outputRoot`.
    init(root: String, outputRoot: String, formats: [String], registry: PluginRegistry,
         include: [String], exclude: [String], shard: Shard?, combine: Bool, inputFormat: String?) throws {
        guard FileSystem.status(root)?.isDirectory == true else {
            throw FolioError(.fileSystem, "not a folder", source: root)
        }
        let extensions = try formats.map { format -> String in
            let writer = try registry.resolveWriter(format: format, path: "")
            return writer.descriptor.extensions.first ?? writer.descriptor.name
        }
        var relativePaths: [String] = []
        try FileSystem.walk(root) { relative, isHidden in
            guard !isHidden,
                  Self.matches(relative, include: include, exclude: exclude),
                  inputFormat != nil || registry.reader(forPath: relative) != nil else {
                ignored += 1
                return
            }
            if let shard, !shard.contains(relative) { return }
            relativePaths.append(relative)
        }
        relativePaths.sort()

        let inputBase = root.hasSuffix("/") ? root : root + "/"
        let outputBase = outputRoot.hasSuffix("/") ? outputRoot : outputRoot + "/"
        func outputs(for relativeStem: String) -> [Pipeline.Output] {
            zip(formats, extensions).map { format, ext in
                Pipeline.Output(destination: outputBase + relativeStem + "." + ext, format: format)
            }
        }
        if combine {
            var folders: [String: [String]] = [:]
            for relative in relativePaths {
                let folder = (relative as NSString).deletingLastPathComponent
                folders[folder, default: []].append(relative)
            }
            for folder in folders.keys.sorted() {
                let stem = folder.isEmpty ? URL(fileURLWithPath: root).standardizedFileURL.lastPathComponent : folder
                let pages = folders[folder] ?? []
                items.append(BatchItem(inputs: pages.map { inputBase + $0 }, names: pages, outputs: outputs(for: stem), label: folder.isEmpty ? "." : folder))
            }
        } else {
            for relative in relativePaths {
                let stem = (relative as NSString).deletingPathExtension
                items.append(BatchItem(inputs: [inputBase + relative], names: [relative], outputs: outputs(for: stem), label: relative))
            }
        }
    }

    /// Whether a relative path passes the include and exclude globs; a glob without `/` matches the file name.
    static func matches(_ relative: String, include: [String], exclude: [String]) -> Bool {
        func matches(_ pattern: String) -> Bool {
            let subject = pattern.contains("/") ? relative : (relative as NSString).lastPathComponent
            return fnmatch(pattern, subject, 0) == 0
        }
        if !include.isEmpty && !include.contains(where: matches) { return false }
        return !exclude.contains(where: matches)
    }
}
