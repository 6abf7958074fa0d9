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
              neuropath serve --cors https://app.example.org   # a teaching app on another origin may call the API
            """)

    @Option(name: .long, help: "A graph to serve (repeatable; default: every bundled graph).") var graph: [String] = []
    @Option(name: .long, help: "The address to listen on.") var host = "127.0.0.1"
    @Option(name: .long, parsing: .unconditional, help: "The port (0: any free port).") var port = 8080
    @Option(
        name: .long, parsing: .unconditional,
        help: "Threads that run queries, renders and exports (default: one per core).")
    var workers = ProcessInfo.processInfo.activeProcessorCount
    @Option(name: .long, parsing: .unconditional, help: "Requests that may wait for a worker; more get 503 at once.")
    var queue = 64
    @Option(name: .long, parsing: .unconditional, help: "Each request's time budget from its arrival, in seconds.")
    var timeout: Double = 2
    @Option(name: .long, parsing: .unconditional, help: "Connections open at once.") var maxConnections = 2_048
    @Option(name: .long, parsing: .unconditional, help: "Seconds a connection may stay open without a whole request.")
    var idleTimeout: Double = 10
    @Option(name: .long, help: "A web origin allowed to call the API from a browser (repeatable; '*' for any).")
    var cors: [String] = []

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard (1...256).contains(workers) else { throw ValidationError("--workers must be from 1 to 256") }
        guard (0...100_000).contains(queue) else { throw ValidationError("--queue must be from 0 to 100000") }
        guard timeout > 0, timeout <= 60, timeout.isFinite else {
            throw ValidationError("--timeout must be a number of seconds from more than 0 to 60")
        }
        guard (1...1_000_000).contains(maxConnections) else {
            throw ValidationError("--max-connections must be from 1 to 1000000")
        }
        guard idleTimeout >= 0.1, idleTimeout <= 3_600, idleTimeout.isFinite else {
            throw ValidationError("--idle-timeout must be a number of seconds from 0.1 to 3600")
        }
        for origin in cors where origin != "*" {
            guard let url = URL(string: origin), ["http", "https"].contains(url.scheme ?? ""), url.host != nil,
                url.path.isEmpty, url.query == nil
            else {
                throw ValidationError(
                    "--cors '\(origin)' is not a web origin: give a scheme and host, such as https://app.example.org, or '*'"
                )
            }
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
            host: host, port: port, workers: workers, queueLimit: queue,
            queryTimeout: .milliseconds(Int((timeout * 1000).rounded())), maximumConnections: maxConnections,
            idleTimeout: .milliseconds(Int((idleTimeout * 1000).rounded())), corsOrigins: cors)
        let api: NeuroPathAPI
        do {
            api = try NeuroPathAPI(graphs: graphs, configuration: configuration)
        } catch {
            throw CLIError(description: error.description, exitCode: .usage, code: "duplicate-graph-name")
        }
        if cors.contains("*") {
            StandardStreams.writeError(
                "neuropath: warning: --cors '*' lets any web page call this server's API from its visitors' browsers\n")
        }
        if !configuration.isLoopback {
            StandardStreams.writeError(
                "neuropath: serving on \(host): the page and the API are reachable from the network\n")
        }
        var logger = Logger(label: "neuropath.serve")
        logger.logLevel = .notice
        let server = NeuroPathServer(api: api)
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
