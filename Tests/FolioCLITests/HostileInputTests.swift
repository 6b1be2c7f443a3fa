import Foundation
import FolioTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Hostile input through the real `folio` binary: each run must end with a clear one-line
/// error or a correct document, exit below 128, finish before a generous watchdog fires,
/// stay under 2 GiB of memory, write nothing outside its output folder and nothing partial.
///
/// Serialized: several cases build or read hundreds of megabytes, and a peak-memory check
/// means little while another case runs beside it.
@Suite(.serialized) struct HostileInputTests {
    // MARK: - Empty, random and undecodable bytes

    @Test(arguments: ["txt", "html", "epub", "csv", "json"])
    func emptyInput(_ format: String) throws {
        try Self.expectHandled(format: format, input: Data(), "empty .\(format)")
    }

    @Test(arguments: ["txt", "html", "epub", "csv", "json"])
    func randomBytes(_ format: String) throws {
        for (index, size) in [1, 17, 4096, 1 << 20].enumerated() {
            let bytes = Data(Self.pseudoRandom(size, seed: index + format.count, in: 0...255).map(UInt8.init))
            try Self.expectHandled(format: format, input: bytes, "random bytes #\(index) (\(size) B) as .\(format)")
        }
    }

    @Test(arguments: ["txt", "html", "csv", "json"])
    func invalidUTF8(_ format: String) throws {
        // Lone continuation bytes, overlongs, surrogates, truncated sequences, 0xFF, among CJK text.
        var bytes = Data("北仑港区今年新增泊位3个，".utf8)
        bytes += [0x80, 0xBF, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xE4, 0xB8, 0xFF, 0xFE, 0xF4, 0x90, 0x80, 0x80, 0xE5]
        bytes += Data("吞吐量增长12.5%。\n".utf8)
        let input = format == "html" ? Data("<p>".utf8) + bytes + Data("</p>".utf8) : bytes
        try Self.expectHandled(format: format, input: input, "invalid UTF-8 as .\(format)")
    }

    // MARK: - Huge lines, deep nesting, runaway quotes

    @Test(arguments: ["txt", "csv", "html"])
    func fiftyMegabyteSingleLine(_ format: String) throws {
        let line = String(repeating: "港口集装箱吞吐量", count: 50 * (1 << 20) / 24)
        let input = format == "html" ? "<p>" + line + "</p>" : line
        let run = try Self.expectHandled(format: format, input: Data(input.utf8), "a 50 MB single line as .\(format)")
        // Compared whole, string to string: searching 50 MB inside 50 MB is quadratic at worst.
        let whole = run.status != 0 || Self.strings(inJSON: run.json).contains(line)
        #expect(whole, "a 50 MB single line as .\(format): read without error but not whole")
    }

    @Test(arguments: ["txt", "csv"])
    func lineLengthLimitIsAFlag(_ format: String) throws {
        let line = Data((String(repeating: "甬", count: 400_000) + "\n").utf8)
        let lowered = try Self.convert(format: format, input: line, extra: ["--max-line-length", "64K"])
        #expect(lowered.status == 1 && lowered.standardError.contains("limit"), "--max-line-length 64K should refuse a 1.2 MB line: \(lowered)")
        let raised = try Self.convert(format: format, input: line, extra: ["--max-line-length", "4M"])
        #expect(raised.status == 0, "--max-line-length 4M should accept a 1.2 MB line: \(raised)")
    }

    @Test func hundredThousandNestedElements() throws {
        for element in ["div", "b", "blockquote", "table"] {
            let html = String(repeating: "<\(element)>", count: 100_000) + "深处的文字" + String(repeating: "</\(element)>", count: 100_000)
            let run = try Self.expectHandled(format: "html", input: Data(html.utf8), "100,000 nested <\(element)>")
            #expect(run.status != 0 || run.json.contains("深处的文字"), "100,000 nested <\(element)>: read without error but lost the text")
        }
    }

    @Test func nestingDepthLimitIsAFlag() throws {
        let html = Data((String(repeating: "<div>", count: 300) + "<p>深处</p>" + String(repeating: "</div>", count: 300)).utf8)
        let lowered = try Self.convert(format: "html", input: html, extra: ["--max-depth", "100"])
        #expect(lowered.status == 1 && lowered.standardError.contains("limit"), "--max-depth 100 should refuse 300 levels: \(lowered)")
        let raised = try Self.convert(format: "html", input: html, extra: ["--max-depth", "1000"])
        #expect(raised.status == 0 && raised.json.contains("深处"), "--max-depth 1000 should read 300 levels: \(raised)")
    }

    @Test func unterminatedQuoteThenAMillionDoubledQuotes() throws {
        let csv = Data(("名称,数值\n北仑,\"" + String(repeating: "\"\"", count: 1_000_000)).utf8)
        try Self.expectHandled(format: "csv", input: csv, "an unterminated CSV quote with a million doubled quotes")
        let strict = try Self.convert(format: "csv", input: csv)
        #expect(strict.status == 1 && strict.standardError.contains("quote"), "strict reading should report the open quote: \(strict)")
        let lenient = try Self.convert(format: "csv", input: csv, extra: ["--lenient"])
        #expect(lenient.status == 0, "lenient reading should close the quote at the end: \(lenient)")
    }

    @Test func inputSizeLimitIsAFlag() throws {
        let csv = Data(String(repeating: "镇海,12\n", count: 200_000).utf8)
        let lowered = try Self.convert(format: "csv", input: csv, extra: ["--max-input-size", "1M"])
        #expect(lowered.status == 1 && lowered.standardError.contains("limit"), "--max-input-size 1M should refuse 2 MB: \(lowered)")
        let raised = try Self.convert(format: "csv", input: csv, extra: ["--max-input-size", "8M"])
        #expect(raised.status == 0, "--max-input-size 8M should accept 2 MB: \(raised)")
    }

    // MARK: - Broken and hostile EPUBs

    @Test(.enabled(if: InstalledTools.python3, "python3 is needed to build hostile EPUBs"))
    func truncatedEPUBs() throws {
        let book = try EPUBFixture.book()
        for fraction in [0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99] {
            let cut = Int(Double(book.count) * fraction)
            try Self.expectHandled(format: "epub", input: book.prefix(cut), "an EPUB truncated to \(cut) of \(book.count) bytes")
        }
        try Self.expectHandled(format: "epub", input: book.dropLast(1), "an EPUB missing its last byte")
    }

    @Test(.enabled(if: InstalledTools.python3, "python3 is needed to build hostile EPUBs"))
    func bitFlippedEPUBs() throws {
        let book = try EPUBFixture.book()
        for round in 0..<40 {
            var flipped = book
            let positions = Self.pseudoRandom(1 + round % 4, seed: round, in: 0...(flipped.count - 1))
            for (position, bit) in zip(positions, Self.pseudoRandom(positions.count, seed: -round, in: 0...7)) {
                flipped[position] ^= 1 << UInt8(bit)
            }
            try Self.expectHandled(format: "epub", input: flipped, "a bit-flipped EPUB (round \(round))")
        }
    }

    @Test(.enabled(if: InstalledTools.python3, "python3 is needed to build hostile EPUBs"))
    func zipEntriesThatEscapeTheirFolder() throws {
        let marker = "escaped-\(UUID().uuidString)"
        for name in ["../\(marker).xhtml", "../../\(marker).xhtml", "/tmp/\(marker).xhtml", "EPUB/../../\(marker).xhtml"] {
            let book = try EPUBFixture.book(chapterPath: name)
            let folder = try TemporaryFolder()
            try Self.expectHandled(format: "epub", input: book, "a zip entry named \(name)", folder: folder)
            for candidate in [folder.url.deletingLastPathComponent().appendingPathComponent("\(marker).xhtml").path,
                              "/tmp/\(marker).xhtml", folder.path("\(marker).xhtml")] {
                #expect(!FileManager.default.fileExists(atPath: candidate), "\(name) escaped to \(candidate)")
            }
        }
    }

    @Test(.enabled(if: InstalledTools.python3, "python3 is needed to build hostile EPUBs"))
    func zipBombOfZeros() throws {
        let bomb = try EPUBFixture.zipBomb()
        try Self.expectHandled(format: "epub", input: bomb, "a zip bomb of 2 GiB of zeros (\(bomb.count) bytes on disk)")
        for claimed in [100, 0xFFFF_FFF0] {
            let liar = try EPUBFixture.book(chapterZeros: 16 << 20, claimedSize: claimed)
            try Self.expectHandled(format: "epub", input: liar, "a 16 MiB entry whose headers claim \(claimed) bytes")
        }
    }

    @Test(.enabled(if: InstalledTools.python3, "python3 is needed to build hostile EPUBs"))
    func expansionAndEntryLimitsAreFlags() throws {
        // Varied text, compressing about as well as prose: a limit on the compression ratio must not refuse it.
        let prose = String(String.UnicodeScalarView(Self.pseudoRandom(1_400_000, seed: 5, in: 0x4E00...0x9FA5).compactMap { Unicode.Scalar(UInt32($0)) }))
        let chapter = EPUBFixture.chapter(body: "<p>" + prose + "</p>")
        let book = try EPUBFixture.book(chapter: chapter, padding: 40)
        let lowExpansion = try Self.convert(format: "epub", input: book, extra: ["--max-expanded-size", "1M"])
        #expect(lowExpansion.status == 1 && lowExpansion.standardError.contains("limit"), "--max-expanded-size 1M should refuse 4 MiB: \(lowExpansion)")
        let lowEntries = try Self.convert(format: "epub", input: book, extra: ["--max-entries", "10"])
        #expect(lowEntries.status == 1 && lowEntries.standardError.contains("limit"), "--max-entries 10 should refuse 46 entries: \(lowEntries)")
        let raised = try Self.convert(format: "epub", input: book, extra: ["--max-expanded-size", "64M", "--max-entries", "1000"])
        #expect(raised.status == 0, "raised limits should read the book: \(raised)")
    }

    @Test(.enabled(if: InstalledTools.python3, "python3 is needed to build hostile EPUBs"))
    func billionLaughsInXHTML() throws {
        var entities = "<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        let chapter = EPUBFixture.chapter(doctype: "<!DOCTYPE html [\n\(entities)]>", body: "<p>笑声：&lol9;</p>")
        let book = try EPUBFixture.book(chapter: chapter)
        let run = try Self.expectHandled(format: "epub", input: book, "XML billion laughs in an EPUB chapter")
        #expect(run.output.count < 1 << 20, "entities were expanded: \(run.output.count) bytes of output")
        try Self.expectHandled(format: "html", input: Data(chapter.utf8), "XML billion laughs as HTML")
    }

    @Test(.enabled(if: InstalledTools.python3, "python3 is needed to build hostile EPUBs"))
    func externalEntitiesAreNotLoaded() throws {
        let doctype = "<!DOCTYPE html [\n<!ENTITY secret SYSTEM \"file:///etc/passwd\">\n<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/x.dtd\">\n%remote;\n]>"
        let chapter = EPUBFixture.chapter(doctype: doctype, body: "<p>机密：&secret;</p>")
        let book = try EPUBFixture.book(chapter: chapter)
        let run = try Self.expectHandled(format: "epub", input: book, "an external entity naming /etc/passwd")
        #expect(!run.output.contains("root:"), "the output holds /etc/passwd")
        let html = try Self.expectHandled(format: "html", input: Data(chapter.utf8), "an external entity in HTML")
        #expect(!html.output.contains("root:"), "the output holds /etc/passwd")
    }

    // MARK: - Fuzz findings

    /// Every input a fuzzer saved (`Fuzz/findings/TARGET/`) is handled as a user would meet it.
    @Test func fuzzFindingsAreHandled() throws {
        let findings = ProjectFolders.repository
            .appendingPathComponent("Fuzz/findings")
        let formats = ["json": "json", "csv": "csv", "text": "txt", "html": "html", "epub": "epub"]
        for (target, format) in formats.sorted(by: { $0.key < $1.key }) {
            let folder = findings.appendingPathComponent(target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") && name != "README.md" {
                let input = try Data(contentsOf: folder.appendingPathComponent(name))
                try Self.expectHandled(format: format, input: input, "fuzz finding \(target)/\(name)", outputs: ["doc.json", "doc.csv"])
            }
        }
    }
}

// MARK: - Running folio under watch

extension HostileInputTests {
    /// Every string value in a JSON text.
    static func strings(inJSON json: String) -> [String] {
        func collect(_ value: Any) -> [String] {
            switch value {
            case let text as String: return [text]
            case let array as [Any]: return array.flatMap(collect)
            case let object as [String: Any]: return object.values.flatMap(collect)
            default: return []
            }
        }
        return (try? JSONSerialization.jsonObject(with: Data(json.utf8))).map(collect) ?? []
    }

    /// `count` numbers in `range`, the same on every run for the same seed.
    static func pseudoRandom(_ count: Int, seed: Int, in range: ClosedRange<Int>) -> [Int] {
        var random = SeededRandom(seed: UInt64(bitPattern: Int64(seed)))
        return random.numbers(count, in: range)
    }

    /// How long a run may take before it counts as a hang.
    static let watchdogSeconds = 60.0
    /// The most memory a run may use.
    static let memoryCeiling = 2 << 30

    /// One watched run of `folio`.
    struct WatchedRun: CustomStringConvertible {
        /// The exit status, or 128 + the signal that ended the process.
        var status: Int32
        /// Whether the watchdog killed the process.
        var timedOut: Bool
        /// The process's peak resident memory, in bytes.
        var peakMemory: Int
        /// Standard error.
        var standardError: String
        /// The JSON written, if any.
        var json: String
        /// Everything written to the output folder, concatenated.
        var output: String

        var description: String {
            "exit \(status)\(timedOut ? " (killed by the watchdog)" : ""), \(peakMemory >> 20) MiB peak, stderr: \(standardError.prefix(300))"
        }
    }

    /// Converts `input` (written as `input.FORMAT`) to JSON in a fresh folder and returns the watched run.
    static func convert(format: String, input: Data, extra: [String] = [], folder: TemporaryFolder? = nil, outputs: [String] = ["doc.json"]) throws -> WatchedRun {
        let folder = try folder ?? TemporaryFolder()
        let inputName = "input.\(format)"
        try input.write(to: folder.url.appendingPathComponent(inputName))
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        return try watch([inputName] + outputs.flatMap { ["-o", "out/\($0)"] } + extra, in: folder)
    }

    /// Converts hostile input and checks the rules every run must keep; returns the run.
    @discardableResult
    static func expectHandled(format: String, input: Data, _ what: String, folder: TemporaryFolder? = nil, outputs: [String] = ["doc.json"],
                              sourceLocation: SourceLocation = #_sourceLocation) throws -> WatchedRun {
        let folder = try folder ?? TemporaryFolder()
        let run = try convert(format: format, input: input, folder: folder, outputs: outputs)
        #expect(!run.timedOut, "\(what): still running after \(Int(watchdogSeconds)) s", sourceLocation: sourceLocation)
        #expect(run.status < 128, "\(what): crashed: \(run)", sourceLocation: sourceLocation)
        #expect(run.peakMemory < memoryCeiling, "\(what): used \(run.peakMemory >> 20) MiB", sourceLocation: sourceLocation)
        let written = folder.files().filter { $0 != "input.\(format)" }
        if run.status == 0 {
            #expect(written.allSatisfy { $0.hasPrefix("out/") }, "\(what): wrote outside its output: \(written)", sourceLocation: sourceLocation)
            #expect(written.contains("out/\(outputs[0])"), "\(what): succeeded without writing \(outputs[0])", sourceLocation: sourceLocation)
        } else {
            let lines = run.standardError.split(separator: "\n")
            #expect(lines.count == 1 && lines.first?.hasPrefix("folio: ") == true,
                    "\(what): the error should be one line: \(run.standardError.prefix(500))", sourceLocation: sourceLocation)
            #expect(written.isEmpty, "\(what): failed but left files: \(written)", sourceLocation: sourceLocation)
        }
        return run
    }

    /// Runs `folio` in `folder` with standard input closed, killing it after ``watchdogSeconds``,
    /// and measures its peak memory from `/proc`.
    ///
    /// Not from `wait4`'s `ru_maxrss`: a process spawned from this large test process shares
    /// its memory until `exec`, and Linux carries that high-water mark across the `exec`.
    static func watch(_ arguments: [String], in folder: TemporaryFolder) throws -> WatchedRun {
        let logs = try TemporaryFolder()
        let outPath = logs.path("stdout"), errPath = logs.path("stderr")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        // The shell changes folder and then becomes folio (exec), so the process reaped is folio itself.
        let shell = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", folder.url.path, FolioBinary.url.path] + arguments
        let argv = shell.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
        guard spawned == 0 else { throw SpawnError(code: spawned) }

        let watchdog = Watchdog(pid: pid)
        DispatchQueue.global().asyncAfter(deadline: .now() + watchdogSeconds) { watchdog.fire() }
        Thread { watchdog.sampleMemory() }.start()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let timedOut = watchdog.finish()

        let signal = status & 0x7F
        let exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        let json = folder.contents("out/doc.json") ?? String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(), as: UTF8.self)
        let output = folder.files().filter { $0.hasPrefix("out/") }.compactMap(folder.contents).joined()
        return WatchedRun(
            status: exitStatus, timedOut: timedOut, peakMemory: watchdog.peakMemory,
            standardError: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(), as: UTF8.self),
            json: json, output: output)
    }

    /// `posix_spawn` failed.
    struct SpawnError: Error {
        var code: Int32
    }

    /// Kills a process that outlives its time, unless it finished first, and samples its memory meanwhile.
    final class Watchdog: @unchecked Sendable {
        private let lock = NSLock()
        private let pid: pid_t
        private var finished = false
        private var fired = false
        private var peak = 0

        init(pid: pid_t) { self.pid = pid }

        /// The highest `VmHWM` (the kernel's own high-water mark of resident memory) seen, in bytes.
        var peakMemory: Int { lock.withLock { peak } }

        /// Reads the process's high-water mark every 10 ms until it is reaped.
        func sampleMemory() {
            let status = "/proc/\(pid)/status"
            while !lock.withLock({ finished }) {
                if let text = try? String(contentsOfFile: status, encoding: .utf8),
                   let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                   let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") {
                    lock.withLock { peak = max(peak, kilobytes * 1024) }
                }
                usleep(10_000)
            }
        }

        func fire() {
            lock.withLock {
                guard !finished else { return }
                fired = true
                kill(pid, SIGKILL)
            }
        }

        /// Marks the process reaped; returns whether the watchdog had to kill it.
        func finish() -> Bool {
            lock.withLock {
                finished = true
                return fired
            }
        }
    }
}

// MARK: - Hostile EPUBs, built with Python's zipfile

/// EPUB archives built for these tests by Python's `zipfile`, which writes whatever names and
/// sizes it is given: escaping paths, bombs, headers that lie about sizes.
enum EPUBFixture {
    /// A chapter document with an optional doctype line.
    static func chapter(doctype: String = "<!DOCTYPE html>", body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        \(doctype)
        <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN"><head><title>第一章</title></head>
        <body>\(body)</body></html>
        """
    }

    /// A small valid EPUB 3 whose one chapter is `chapter` at `chapterPath` (relative to the
    /// package folder `EPUB/`, or as given when it starts with `/` or `..`), or a chapter of
    /// `chapterZeros` zero bytes whose headers claim `claimedSize`; `padding` extra image entries.
    static func book(chapter: String? = nil, chapterPath: String = "EPUB/chapter.xhtml", chapterZeros: Int? = nil,
                     claimedSize: Int? = nil, padding: Int = 0) throws -> Data {
        let chapterText = chapter ?? Self.chapter(body: "<h1>江北新城</h1><p>今年一季度，江北新城签约项目18个，总投资约256亿元。</p><p>其中3个项目已开工。</p>")
        let href = chapterPath.hasPrefix("EPUB/") ? String(chapterPath.dropFirst(5)) : (chapterPath.hasPrefix("/") ? chapterPath : "../" + chapterPath)
        let package = """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="zh-CN">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="uid">urn:uuid:7d1c3a52-0000-4000-8000-000000000001</dc:identifier>
            <dc:title>江北新城</dc:title><dc:language>zh-CN</dc:language><meta property="dcterms:modified">2025-01-01T00:00:00Z</meta></metadata>
            <manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
            <item id="c1" href="\(href)" media-type="application/xhtml+xml"/></manifest>
            <spine><itemref idref="c1"/></spine></package>
            """
        let nav = Self.chapter(body: "<nav epub:type=\"toc\" xmlns:epub=\"http://www.idpf.org/2007/ops\"><ol><li><a href=\"\(href)\">第一章</a></li></ol></nav>")
        var entries: [[String: Any]] = [
            ["name": "mimetype", "text": "application/epub+zip", "stored": true],
            ["name": "META-INF/container.xml", "text": """
                <?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\
                <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles></container>
                """],
            ["name": "EPUB/package.opf", "text": package],
            ["name": "EPUB/nav.xhtml", "text": nav],
        ]
        var chapterEntry: [String: Any] = ["name": chapterPath]
        if let chapterZeros { chapterEntry["zeros"] = chapterZeros } else { chapterEntry["text"] = chapterText }
        if let claimedSize { chapterEntry["claimed"] = claimedSize }
        entries.append(chapterEntry)
        for index in 0..<padding { entries.append(["name": "EPUB/images/pad\(index).png", "text": "not really a picture \(index)"]) }
        return try zip(entries)
    }

    /// An EPUB whose chapter is 2 GiB of zeros, deflated to about 2 MB; built once per run.
    static func zipBomb() throws -> Data {
        try bomb.get()
    }

    private static let bomb = Result { try book(chapterZeros: 2 << 30) }

    /// Writes the entries with Python's zipfile (tests that build EPUBs need python3).
    static func zip(_ entries: [[String: Any]]) throws -> Data {
        let folder = try TemporaryFolder()
        let spec = folder.url.appendingPathComponent("spec.json"), archive = folder.url.appendingPathComponent("book.epub")
        try JSONSerialization.data(withJSONObject: entries).write(to: spec)
        let script = """
            import json, struct, sys, zipfile
            entries = json.load(open(sys.argv[1]))
            with zipfile.ZipFile(sys.argv[2], "w") as z:
                for e in entries:
                    info = zipfile.ZipInfo(e["name"], (2025, 1, 1, 0, 0, 0))
                    info.compress_type = zipfile.ZIP_STORED if e.get("stored") else zipfile.ZIP_DEFLATED
                    with z.open(info, "w", force_zip64="zeros" in e and e["zeros"] >= 1 << 31) as f:
                        if "zeros" in e:
                            block, left = bytes(1 << 20), e["zeros"]
                            while left > 0:
                                f.write(block[:min(left, len(block))]); left -= len(block)
                        else:
                            f.write(e["text"].encode("utf-8"))
            data = bytearray(open(sys.argv[2], "rb").read())
            def claim(signature, name_at, size_at, name, size):
                at = data.find(signature)
                while at >= 0:
                    if data[at + name_at:at + name_at + len(name)] == name: struct.pack_into("<I", data, at + size_at, size)
                    at = data.find(signature, at + 4)
            for e in entries:
                if "claimed" in e:
                    claim(b"PK\\x03\\x04", 30, 22, e["name"].encode("utf-8"), e["claimed"])  # local header
                    claim(b"PK\\x01\\x02", 46, 24, e["name"].encode("utf-8"), e["claimed"])  # central directory
            open(sys.argv[2], "wb").write(data)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, spec.path, archive.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw FixtureError(message: String(decoding: message, as: UTF8.self))
        }
        return try Data(contentsOf: archive)
    }

    /// Python could not build an archive.
    struct FixtureError: Error {
        var message: String
    }
}
