/// Rendered diagrams by request, so that the same view and highlight are laid out once. Bounded: the oldest
/// entry goes when it is full.
actor DiagramCache {
    private let capacity: Int
    private var entries: [String: String] = [:]
    private var order: [String] = []

    /// A cache of at most `capacity` diagrams.
    init(capacity: Int) { self.capacity = max(0, capacity) }

    /// The diagram stored under `key`.
    func diagram(for key: String) -> String? { entries[key] }

    /// Stores `svg` under `key`.
    func store(_ svg: String, for key: String) {
        guard capacity > 0, entries[key] == nil else { return }
        if order.count >= capacity {
            entries[order.removeFirst()] = nil
        }
        entries[key] = svg
        order.append(key)
    }
}
