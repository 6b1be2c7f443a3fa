import Dispatch
import Foundation
import Synchronization

/// Progress of a batch on standard error: a redrawn bar on a terminal, a plain line every
/// few seconds otherwise, nothing when quiet.
final class BatchProgress: Sendable {
    /// How progress is shown.
    enum Style: Sendable {
        /// A bar redrawn in place, for terminals.
        case bar
        /// A line every few seconds, for logs.
        case lines
        /// Nothing.
        case silent
    }

    private struct State {
        var done = 0
        var failed = 0
        var lastDraw: UInt64 = 0
    }

    private let style: Style
    private let total: Int
    private let start = DispatchTime.now().uptimeNanoseconds
    private let state: Mutex<State>

    /// Creates a progress display for `total` items.
    init(total: Int, style: Style) {
        self.total = total
        self.style = style
        self.state = Mutex(State(lastDraw: start))
    }

    /// Whether progress is drawn as a bar (error lines must clear it first).
    var isBar: Bool { style == .bar }

    /// Seconds since the batch started.
    var elapsedSeconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    /// Records one finished item and redraws if it is time to.
    func advance(failed: Bool) {
        guard style != .silent else { return }
        let line: String? = state.withLock { state in
            state.done += 1
            if failed { state.failed += 1 }
            let now = DispatchTime.now().uptimeNanoseconds
            let interval: UInt64 = style == .bar ? 100_000_000 : 5_000_000_000
            guard now - state.lastDraw >= interval || state.done == total else { return nil }
            state.lastDraw = now
            return render(done: state.done, failed: state.failed)
        }
        guard let line else { return }
        FileHandle.standardError.write(Data((style == .bar ? "\r\u{1B}[K" + line : line + "\n").utf8))
    }

    /// Ends the bar's line so the summary starts on a fresh one.
    func finish() {
        if style == .bar { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private func render(done: Int, failed: Int) -> String {
        let seconds = max(elapsedSeconds, 0.001)
        let rate = Double(done) / seconds
        let remaining = rate > 0 ? Double(total - done) / rate : 0
        let percent = total > 0 ? done * 100 / total : 100
        let counts = "\(done)/\(total) \(percent)% \(Int(rate)) pages/s ETA \(Self.duration(remaining))" + (failed > 0 ? " \(failed) failed" : "")
        guard style == .bar else { return "folio batch: " + counts }
        let width = 30
        let filled = total > 0 ? width * done / total : width
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] " + counts
    }

    /// A short human duration: `42s`, `3m05s`, `1h02m`.
    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole < 60 { return "\(whole)s" }
        if whole < 3600 { return String(format: "%dm%02ds", whole / 60, whole % 60) }
        return String(format: "%dh%02dm", whole / 3600, whole % 3600 / 60)
    }
}
