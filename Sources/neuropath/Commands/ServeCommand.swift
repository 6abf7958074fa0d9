import ArgumentParser
import Foundation
import Logging
import NeuroPath
import NeuroPathServer

/// `neuropath serve`: the classroom server, the JSON API and the explorer page.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the explorer page and the JSON API (Docs/serve.md).",
        discussion: """
            Listens on 127.0.0.1 (this computer only) unless --host says otherwise; open the address it prints.
            Stops cleanly on Ctrl-C or SIGTERM.

            Examples:
              neuropath serve
              neuropath serve --graph ketamine --graph my-pathway.npath --port 9000
              neuropath serve --host 0.0.0.0      # reachable from the network: a classroom server
            """)

    @Option(name: .long, help: "A graph to serve (repeatable; default: every bundled graph).") var graph: [String] = []
    @Option(name: .long, help: "The address to listen on.") var host = "127.0.0.1"
    @Option(name: .long, parsing: .unconditional, help: "The port (0: any free port).") var port = 8080
    @Option(name: .long, parsing: .unconditional, help: "Queries and renders at once; more get 503 at once.")
    var maxConcurrent = 16
    @Option(name: .long, parsing: .unconditional, help: "Each query's time budget, in seconds.") var timeout: Double = 2

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard (1...256).contains(maxConcurrent) else { throw ValidationError("--max-concurrent must be from 1 to 256") }
        guard timeout > 0, timeout <= 60, timeout.isFinite else {
            throw ValidationError("--timeout must be a number of seconds from more than 0 to 60")
        }
    }

    func run() throws {
        let loader = GraphLoader()
        let names = graph.isEmpty ? BundledGraphs.names : graph
        var graphs: [(name: String, graph: PathwayGraph)] = []
        for name in names {
            let loaded = try loader.load(GraphSource(argument: name))
            let shortName = loaded.name ?? URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
            graphs.append((shortName, loaded))
        }
        let configuration = ServerConfiguration(
            host: host, port: port, maximumConcurrentQueries: maxConcurrent,
            queryTimeout: .milliseconds(Int(timeout * 1000)))
        if !configuration.isLoopback {
            StandardStreams.writeError(
                "neuropath: serving on \(host): the page and the API are reachable from the network\n")
        }
        var logger = Logger(label: "neuropath.serve")
        logger.logLevel = .notice
        let server = NeuroPathServer(api: NeuroPathAPI(graphs: graphs, configuration: configuration))
        let finished = DispatchSemaphore(value: 0)
        let outcome = ServeOutcome()
        Task {
            do {
                try await server.run(logger: logger) { port in
                    StandardStreams.writeOutputNow("NeuroPath is serving http://\(host):\(port)/ (Ctrl-C stops it)\n")
                }
            } catch {
                outcome.record(error)
            }
            finished.signal()
        }
        finished.wait()
        if let error = outcome.error {
            throw CLIError(
                description: "the server stopped: \(error)", exitCode: .cantCreate, code: "server-failed")
        }
    }
}

/// The error a server task ended with, handed back to the waiting command.
private final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    func record(_ error: any Error) { lock.withLock { stored = error } }
    var error: (any Error)? { lock.withLock { stored } }
}
