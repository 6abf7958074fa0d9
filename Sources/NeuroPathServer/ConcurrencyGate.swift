/// Admits at most `limit` queries at once; the next is refused at once (503) rather than queued, so a burst of
/// requests cannot tie up the server.
actor ConcurrencyGate {
    private let limit: Int
    private var running = 0

    /// A gate for `limit` queries at once.
    init(limit: Int) { self.limit = max(1, limit) }

    /// Runs `body` if there is room, else throws ``APIError/busy``.
    func admit() throws(APIError) {
        guard running < limit else { throw .busy }
        running += 1
    }

    /// Frees the room `admit` took.
    func leave() { running -= 1 }
}
