import Hummingbird
import Logging
import NeuroPath

/// `neuropath serve`: the API and the explorer page on one address, shut down gracefully on SIGINT and SIGTERM.
public struct NeuroPathServer: Sendable {
    /// What is served.
    public let api: NeuroPathAPI

    /// A server for `api`.
    public init(api: NeuroPathAPI) { self.api = api }

    /// Serves until SIGINT or SIGTERM; `onReady` is called with the port once it listens (the one chosen by the
    /// system when the configuration asks for port 0).
    public func run(logger: Logger, onReady: @escaping @Sendable (Int) -> Void) async throws {
        let configuration = api.configuration
        let application = Application(
            router: api.router(),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "NeuroPath"),
            onServerRunning: { channel in onReady(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
        try await application.runService()
    }
}
