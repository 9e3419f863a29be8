/// A plain growable buffer for the folding loop, where `Array.append`'s
/// uniqueness and capacity checks cost more than the work itself. Owned
/// by one call: `drain(into:)` copies it out and frees the memory.
struct GrowingBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    /// Elements written; raise it after writing past it through `base`.
    var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow() }
        base[count] = element
        count += 1
    }

    /// Appends `0, 1, … count - 1` converted by `transform` (the identity map
    /// written out once it stops being the identity).
    mutating func appendIndices(upTo end: Int, _ transform: (Int) -> Element) {
        for index in 0..<end { append(transform(index)) }
    }

    /// Makes room for `additional` more elements without growing.
    @inline(__always)
    mutating func reserve(_ additional: Int) {
        if count + additional > capacity { grow(to: count + additional) }
    }

    private mutating func grow(to minimum: Int = 0) {
        let larger = max(capacity * 2, minimum)
        let moved = UnsafeMutablePointer<Element>.allocate(capacity: larger)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    /// Appends the contents to `array` and frees the buffer; the buffer
    /// must not be used afterwards.
    mutating func drain(into array: inout [Element]) {
        array.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        base.deallocate()
        count = 0
        capacity = 0
    }
}
