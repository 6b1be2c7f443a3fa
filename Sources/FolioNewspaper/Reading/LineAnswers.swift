/// One answer per line of a page, worked out the first time it is asked and kept: for a
/// question several reading rules ask of the same lines.
struct LineAnswers<Value: Sendable>: Sendable {
    private var answers: [Value?]

    /// No answers yet, for a page of `count` lines.
    init(count: Int) {
        answers = Array(repeating: nil, count: count)
    }

    /// The answer for the line at `index`, from `work` the first time.
    mutating func answer(at index: Int, _ work: () -> Value) -> Value {
        if let known = answers[index] { return known }
        let value = work()
        answers[index] = value
        return value
    }
}
