import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of an executable: bytes in on stdin, stdout and stderr collected, under a deadline.
///
/// Pipes hold only about 64 KiB, so a plugin that prints before it has read all its input would
/// deadlock against a caller that writes everything first. Hence stdin is fed from a thread of its
/// own while the calling thread drains stdout and stderr together with `poll(2)`, which also
/// enforces the deadline. Foundation starts each child in a process group of its own, so on
/// timeout the whole group is killed and a shell script's children die with it.
struct PluginProcess: Sendable {
    /// How the run ended.
    enum Termination: Sendable, Hashable {
        /// The process exited with this status.
        case exited(Int32)
        /// The process was killed by this signal.
        case signalled(Int32)
        /// The deadline passed; the process group was killed.
        case timedOut
        /// stdout grew past the output limit; the process group was killed.
        case outputLimitExceeded
    }

    /// What the run printed and how it ended.
    struct Outcome: Sendable {
        /// How the run ended.
        var termination: Termination
        /// Everything printed on stdout.
        var output: Data
        /// The last ``errorOutputLimit`` bytes printed on stderr.
        var errorOutput: Data
    }

    /// How much of stderr is kept: the end, where the cause of a failure usually is.
    static let errorOutputLimit = 64 << 10

    /// The executable to run.
    var executable: URL
    /// Its arguments.
    var arguments: [String] = []
    /// Its complete environment.
    var environment: [String: String]
    /// How long it may take and how much it may print.
    var limits: RunLimits

    /// Runs the executable with `input` on stdin; throws only when it cannot be launched.
    func run(input: Data) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        let deadline = ContinuousClock.now + limits.timeout
        let fed = Self.feed(input, to: stdin.fileHandleForWriting)

        var output = Data(), errorOutput = Data()
        let reading = stdout.fileHandleForReading, errors = stderr.fileHandleForReading
        let drained = Self.drain(reading.fileDescriptor, into: &output, limit: limits.outputLimit, errors.fileDescriptor, into: &errorOutput, until: deadline)
        let finished = drained == .complete && exited.wait(timeout: Self.dispatchTime(deadline)) == .success
        if !finished {
            kill(-process.processIdentifier, SIGKILL)
            // Foundation reports the exit only once every inheritor of its monitoring descriptor has
            // gone, which a grandchild that left the process group may delay: wait briefly, not forever.
            _ = exited.wait(timeout: .now() + .seconds(2))
        }
        try? reading.close()
        try? errors.close()
        // The feeder ends as soon as the plugin's stdin closes, which its exit or death does; a
        // grandchild that escaped the process group could hold it open, so it gets a grace period
        // and is then left to finish alone.
        _ = fed.wait(timeout: .now() + .seconds(1))

        let termination: Termination
        if drained == .overLimit {
            termination = .outputLimitExceeded
        } else if !finished {
            termination = .timedOut
        } else if process.terminationReason == .uncaughtSignal {
            termination = .signalled(process.terminationStatus)
        } else {
            termination = .exited(process.terminationStatus)
        }
        return Outcome(termination: termination, output: output, errorOutput: errorOutput)
    }

    // MARK: - stdin

    /// Writes `input` to `handle` on a thread of its own, then closes it; the semaphore signals the end.
    ///
    /// A plugin may exit without reading all its input. Writing to its closed pipe raises SIGPIPE,
    /// whose default action would kill folio itself, so the thread blocks the signal for itself
    /// (a dedicated thread, so the mask dies with it), sees `EPIPE` instead, and discards the
    /// pending signal before it ends.
    private static func feed(_ input: Data, to handle: FileHandle) -> DispatchSemaphore {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            #if canImport(Darwin)
            _ = fcntl(handle.fileDescriptor, F_SETNOSIGPIPE, 1)
            #else
            var pipeSignal = sigset_t()
            sigemptyset(&pipeSignal)
            sigaddset(&pipeSignal, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
            #endif
            writeAll(input, to: handle.fileDescriptor)
            try? handle.close()
            #if !canImport(Darwin)
            var pending = sigset_t()
            sigpending(&pending)
            if sigismember(&pending, SIGPIPE) == 1 {
                var noWait = timespec()
                _ = sigtimedwait(&pipeSignal, nil, &noWait)
            }
            #endif
            done.signal()
        }
        thread.start()
        return done
    }

    /// Writes all of `data` unless the reader goes away.
    private static func writeAll(_ data: Data, to descriptor: Int32) {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }

    // MARK: - stdout and stderr

    /// How draining the plugin's output ended.
    private enum Drain {
        /// Both streams reached their end.
        case complete
        /// The deadline passed first.
        case timedOut
        /// stdout grew past its limit.
        case overLimit
    }

    /// Reads both descriptors to their end, unless the deadline or stdout's limit comes first.
    private static func drain(
        _ outputDescriptor: Int32, into output: inout Data, limit: Int,
        _ errorDescriptor: Int32, into errorOutput: inout Data,
        until deadline: ContinuousClock.Instant
    ) -> Drain {
        var descriptors = [
            pollfd(fd: outputDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: errorDescriptor, events: Int16(POLLIN), revents: 0),
        ]
        var open = descriptors.count
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while open > 0 {
            let remaining = deadline - .now
            guard remaining > .zero else { return .timedOut }
            let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds(remaining))
            if ready < 0 && errno != EINTR { return .timedOut }
            guard ready > 0 else { continue }
            for index in descriptors.indices where descriptors[index].fd >= 0 && descriptors[index].revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(descriptors[index].fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    if index == 0 {
                        guard output.count + count <= limit else { return .overLimit }
                        output.append(contentsOf: chunk[..<count])
                    } else {
                        errorOutput.append(contentsOf: chunk[..<count])
                        if errorOutput.count > 2 * errorOutputLimit { errorOutput.removeFirst(errorOutput.count - errorOutputLimit) }
                    }
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    descriptors[index].fd = -1
                    open -= 1
                }
            }
        }
        if errorOutput.count > errorOutputLimit { errorOutput.removeFirst(errorOutput.count - errorOutputLimit) }
        return .complete
    }

    /// A poll timeout for a duration, rounded up so that a short wait never spins.
    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let total = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: max(total, 1))
    }

    /// The dispatch time of a clock instant.
    private static func dispatchTime(_ instant: ContinuousClock.Instant) -> DispatchTime {
        let (seconds, attoseconds) = (instant - .now).components
        let nanoseconds = max(0, seconds) * 1_000_000_000 + max(0, attoseconds) / 1_000_000_000
        return .now() + .nanoseconds(Int(clamping: nanoseconds))
    }
}
