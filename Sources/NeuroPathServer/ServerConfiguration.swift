/// How a NeuroPath server listens and how much one request may ask of it.
public struct ServerConfiguration: Sendable, Hashable {
    /// The address to listen on: 127.0.0.1 (this computer only) unless a network address is asked for.
    public var host: String
    /// The TCP port.
    public var port: Int
    /// Queries and renders running at once; one more is answered 503 at once rather than queued.
    public var maximumConcurrentQueries: Int
    /// Each query's time budget (lower than the command line's 10 s): it answers `truncated` when it runs out.
    public var queryTimeout: Duration
    /// Paths counted per query before it answers `truncated`.
    public var maximumPathsCounted: Int
    /// Paths returned per answer, whatever `limit` asks.
    public var maximumPathsReturned: Int
    /// The longest query string accepted, in bytes.
    public var maximumQueryLength: Int
    /// Rendered diagrams kept for reuse.
    public var diagramCacheSize: Int

    /// Creates a configuration; each default suits a classroom laptop.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, maximumConcurrentQueries: Int = 16,
        queryTimeout: Duration = .seconds(2), maximumPathsCounted: Int = 1_000_000, maximumPathsReturned: Int = 50,
        maximumQueryLength: Int = 8 * 1024, diagramCacheSize: Int = 64
    ) {
        self.host = host
        self.port = port
        self.maximumConcurrentQueries = maximumConcurrentQueries
        self.queryTimeout = queryTimeout
        self.maximumPathsCounted = maximumPathsCounted
        self.maximumPathsReturned = maximumPathsReturned
        self.maximumQueryLength = maximumQueryLength
        self.diagramCacheSize = diagramCacheSize
    }

    /// Whether the host is reachable only from this computer.
    public var isLoopback: Bool { ["127.0.0.1", "::1", "localhost"].contains(host) }
}
