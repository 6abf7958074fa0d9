import Foundation

/// How a NeuroPath server listens, how much work it takes on, and how much one request may ask of it.
public struct ServerConfiguration: Sendable, Hashable {
    /// The address to listen on: 127.0.0.1 (this computer only) unless a network address is asked for.
    public var host: String
    /// The TCP port.
    public var port: Int
    /// Threads that run queries, renders and exports (the threads that read requests never do).
    public var workers: Int
    /// Requests that may wait for a worker; one more is answered 503 with `Retry-After` at once.
    public var queueLimit: Int
    /// Each request's time budget, counted from its arrival: time spent waiting for a worker is part of it, a
    /// request still waiting when it runs out is answered 503, and a query that runs out answers `truncated`.
    public var queryTimeout: Duration
    /// Paths counted per query before it answers `truncated`.
    public var maximumPathsCounted: Int
    /// Paths returned per answer, whatever `limit` asks.
    public var maximumPathsReturned: Int
    /// The longest query string accepted, in bytes.
    public var maximumQueryLength: Int
    /// Bytes of answers kept for identical requests (the graphs never change while served).
    public var responseCacheBytes: Int
    /// Views of a graph kept laid out for diagrams.
    public var diagramLayouts: Int
    /// The largest graph, in interactions, that `export` writes; a larger one is refused, naming
    /// `neuropath convert`, which writes any size to a file.
    public var maximumExportInteractions: Int
    /// Connections open at once; the oldest idle ones are closed to make room for new ones.
    public var maximumConnections: Int
    /// How long a connection may stay open without sending a whole request: slow or half-open clients are closed
    /// after it.
    public var idleTimeout: Duration
    /// Web origins allowed to call the API from a browser (`https://app.example.org`, or `*` for any); none by
    /// default.
    public var corsOrigins: [String]

    /// Creates a configuration; each default suits a classroom laptop.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        queueLimit: Int = 64, queryTimeout: Duration = .seconds(2), maximumPathsCounted: Int = 1_000_000,
        maximumPathsReturned: Int = 50, maximumQueryLength: Int = 8 * 1024, responseCacheBytes: Int = 64 << 20,
        diagramLayouts: Int = 64, maximumExportInteractions: Int = 100_000, maximumConnections: Int = 2_048,
        idleTimeout: Duration = .seconds(10), corsOrigins: [String] = []
    ) {
        self.host = host
        self.port = port
        self.workers = workers
        self.queueLimit = queueLimit
        self.queryTimeout = queryTimeout
        self.maximumPathsCounted = maximumPathsCounted
        self.maximumPathsReturned = maximumPathsReturned
        self.maximumQueryLength = maximumQueryLength
        self.responseCacheBytes = responseCacheBytes
        self.diagramLayouts = diagramLayouts
        self.maximumExportInteractions = maximumExportInteractions
        self.maximumConnections = maximumConnections
        self.idleTimeout = idleTimeout
        self.corsOrigins = corsOrigins
    }

    /// Whether the host is reachable only from this computer.
    public var isLoopback: Bool { ["127.0.0.1", "::1", "localhost"].contains(host) }
}
