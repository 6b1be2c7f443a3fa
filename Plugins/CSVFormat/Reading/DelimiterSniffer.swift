/// Guesses a file's delimiter from its first records: the candidate that splits them most consistently.
///
/// For each candidate it counts the fields of up to ``recordLimit`` records (quote-aware, within
/// the first ``byteLimit`` bytes), takes the most common count, and scores the share of records
/// that have it. A candidate must give at least two fields; the best share wins, ties going to
/// the preferred delimiter and then to the order of ``FieldDelimiter/sniffed``. When no candidate
/// splits anything, the preferred delimiter is used (a one-column file).
enum DelimiterSniffer {
    /// How many records are examined.
    static let recordLimit = 64
    /// How many bytes are examined at most, so a huge single line costs little.
    static let byteLimit = 1 << 16

    /// The delimiter that best fits the start of `bytes`.
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>, preferring preferred: FieldDelimiter) -> FieldDelimiter {
        let candidates = [preferred] + FieldDelimiter.sniffed.filter { $0 != preferred }
        var best: (delimiter: FieldDelimiter, share: Double)?
        for candidate in candidates {
            let counts = fieldCounts(bytes, delimiter: candidate.byte)
            guard let (width, frequency) = modalCount(counts), width >= 2 else { continue }
            let share = Double(frequency) / Double(counts.count)
            if share > (best?.share ?? 0) { best = (candidate, share) }
        }
        return best?.delimiter ?? preferred
    }

    /// The field count of each complete record at the start of the bytes; blank lines are skipped.
    ///
    /// Quotes are read as the parser reads them: a quote opens a quoted field only at the start
    /// of a field, and a stray quote elsewhere is text, so it cannot swallow the rest of the sample.
    static func fieldCounts(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> [Int] {
        let quote = UInt8(ascii: "\""), lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let end = min(bytes.count, byteLimit)
        var counts: [Int] = []
        var fields = 1, hasContent = false, inQuotes = false, atFieldStart = true
        var index = 0
        while index < end {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                guard byte == quote else { continue }
                if index < end, bytes[index] == quote {
                    index += 1
                } else {
                    inQuotes = false
                }
            } else if byte == lineFeed || byte == carriageReturn {
                if hasContent { counts.append(fields) }
                if counts.count == recordLimit { return counts }
                fields = 1
                hasContent = false
                atFieldStart = true
            } else {
                hasContent = true
                if byte == delimiter {
                    fields += 1
                    atFieldStart = true
                } else {
                    inQuotes = byte == quote && atFieldStart
                    atFieldStart = false
                }
            }
        }
        // The last record counts only if the sample reached the end of the input.
        if hasContent, end == bytes.count { counts.append(fields) }
        return counts
    }

    /// The most common value and how often it occurs; ties go to the larger value.
    private static func modalCount(_ counts: [Int]) -> (value: Int, frequency: Int)? {
        var frequencies: [Int: Int] = [:]
        for count in counts { frequencies[count, default: 0] += 1 }
        return frequencies.max { ($0.value, $0.key) < ($1.value, $1.key) }.map { ($0.key, $0.value) }
    }
}
