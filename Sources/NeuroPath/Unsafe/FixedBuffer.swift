/// A fixed-size array of plain values that owns its memory and frees it when it goes away: the storage of the
/// path enumerator's inner loop, which must not pay for reference counting or bounds-checked `Array` access.
///
/// Non-copyable, so two owners of one allocation cannot exist; every access is index-checked by
/// ``invariant(_:_:)`` (debug, test and fuzz builds) and unchecked in release builds.
struct FixedBuffer<Element: BitwiseCopyable>: ~Copyable {
    private let base: UnsafeMutablePointer<Element>
    /// The number of elements.
    let count: Int

    /// A buffer of `count` copies of `value`.
    init(repeating value: Element, count: Int) {
        precondition(count >= 0, "a buffer cannot have a negative size")
        self.count = count
        base = .allocate(capacity: Swift.max(1, count))
        base.initialize(repeating: value, count: count)
    }

    /// A buffer holding a copy of `elements`.
    init(copying elements: [Element]) {
        count = elements.count
        base = .allocate(capacity: Swift.max(1, elements.count))
        elements.withUnsafeBufferPointer { source in
            if let address = source.baseAddress { base.initialize(from: address, count: source.count) }
        }
    }

    deinit { base.deallocate() }

    /// The element at `index`, which must be in `0..<count`.
    @inline(__always)
    subscript(index: Int) -> Element {
        get {
            invariant(index >= 0 && index < count, "FixedBuffer index \(index) out of 0..<\(count)")
            return base[index]
        }
        nonmutating set {
            invariant(index >= 0 && index < count, "FixedBuffer index \(index) out of 0..<\(count)")
            base[index] = newValue
        }
    }

    /// The element at `index` given as a 32-bit node or interaction index.
    @inline(__always)
    subscript(index: Int32) -> Element {
        get { self[Int(index)] }
        nonmutating set { self[Int(index)] = newValue }
    }
}
