/// What a conversion kept only as a nearest equivalent: one warning per kind of construct, with a count.
struct ConversionLosses {
    private var counts: [String: Int] = [:]
    private var order: [String] = []

    /// Records one occurrence of a loss, described the same way each time.
    mutating func record(_ description: String) {
        if counts[description] == nil { order.append(description) }
        counts[description, default: 0] += 1
    }

    /// One line per kind of loss, in the order first met, with the count when above one.
    var warnings: [String] {
        order.map { description in
            let count = counts[description] ?? 1
            return count > 1 ? "\(description) (\(count) times)" : description
        }
    }
}
