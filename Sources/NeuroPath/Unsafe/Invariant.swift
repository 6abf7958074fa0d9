/// Checks a condition that the code's own logic guarantees (an index in range, a buffer's layout), in the few
/// places that read memory without Swift's bounds checks (`FixedBuffer`, `ByteView`).
///
/// Debug builds check it with `assert`; builds with the `NEUROPATH_INVARIANTS` compilation condition (the test
/// and fuzz builds: `NEUROPATH_INVARIANTS=1` in the environment) check it in optimised code too. Release builds
/// without the flag do not check it: that is the point of the unsafe code.
@inline(__always)
func invariant(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String = "") {
    #if NEUROPATH_INVARIANTS
        precondition(condition(), message())
    #else
        assert(condition(), message())
    #endif
}
