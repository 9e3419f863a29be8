/// The one seeded random generator for tests, fuzzers and the benchmark's
/// synthetic libraries (SplitMix64): the same seed gives the same numbers
/// on every run and every machine, so a randomized test or a generated
/// library is repeatable. The numbers a seed gives must never change:
/// tests were written against them and benchmark results are compared
/// across runs of the same libraries.
public struct SplitMix64: RandomNumberGenerator {
    @usableFromInline var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A number in `0..<bound` from one draw, as the remainder of `next()`
    /// (not `next(upperBound:)`, which may draw more than once): the
    /// synthetic libraries and the random Markdown bodies are built from
    /// exactly these numbers.
    @inlinable
    public mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }
}
