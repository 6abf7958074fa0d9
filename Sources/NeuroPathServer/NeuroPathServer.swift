import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NeuroPath

/// `neuropath serve`: the API and the explorer page on one address, shut down gracefully on SIGINT and SIGTERM.
///
/// Hummingbird reads and writes HTTP; every request goes to ``NeuroPathAPI/respond(to:clientIsConnected:)``.
/// Connections are bounded: past ``ServerConfiguration/maximumConnections`` the idlest are closed to make room
/// (``ConnectionTable``; accepting never pauses), and one that sends no whole request within
/// ``ServerConfiguration/idleTimeout`` is closed.
public struct NeuroPathServer: Sendable {
    /// What is served.
    public let api: NeuroPathAPI

    /// A server for `api`.
    public init(api: NeuroPathAPI) { self.api = api }

    /// Serves until SIGINT or SIGTERM; `onReady` is called with the port once it listens (the one chosen by the
    /// system when the configuration asks for port 0).
    public func run(logger: Logger, onReady: @escaping @Sendable (Int) -> Void) async throws {
        let configuration = api.configuration
        let idle = configuration.idleTimeout.components
        let connections = ConnectionTable(limit: configuration.maximumConnections)
        let application = Application(
            responder: Responder(api: api),
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [ConnectionTable.Tracker(table: connections)],
                    idleTimeout: .nanoseconds(idle.seconds * 1_000_000_000 + idle.attoseconds / 1_000_000_000),
                    httpDecoderConfiguration: Self.decoderLimits)),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "NeuroPath",
                backlog: 4_096),
            onServerRunning: { channel in onReady(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
        try await application.runService()
        api.shutDown()
    }

    /// How much of a request's head the HTTP parser reads: a request line (a query string) of up to 128 KiB, so
    /// that one too long for the API (8 KiB by default) gets its JSON error; a head over these limits is refused by
    /// the parser itself with an empty 400, as the request was never read.
    static let decoderLimits = HTTP1Channel.Configuration.DecoderConfiguration(
        maxHeaderFieldSize: 128 << 10, maxHeaderListSize: 256 << 10, maxHeaderFieldCount: 200)

    /// Hands each request to the API with a way to ask whether its client is still connected.
    struct Responder: HTTPResponder {
        let api: NeuroPathAPI

        func respond(to request: Request, context: Context) async throws -> Response {
            let channel = context.channel
            let answer = await api.respond(
                to: APIRequest(
                    method: request.method, path: request.uri.path, query: request.uri.query,
                    headers: request.headers),
                clientIsConnected: { channel.isActive })
            return Response(status: answer.status, headers: answer.headers, body: .init(byteBuffer: answer.body))
        }
    }

    /// A request's context: Hummingbird's, and the connection it came on.
    struct Context: RequestContext {
        var coreContext: CoreRequestContextStorage
        let channel: any Channel

        init(source: ApplicationRequestContextSource) {
            coreContext = .init(source: source)
            channel = source.channel
        }
    }
}
