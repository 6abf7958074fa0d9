import Foundation
import NIOCore
import NIOHTTPTypes

/// The server's open connections, bounded by closing the idlest: when a new connection takes the count past the
/// limit, the connections that have waited longest without a request in progress (half-open ones that never sent
/// a whole request head first among them) are closed, an eighth of the limit at a time. Accepting never pauses,
/// so a crowd of slow or silent clients cannot keep a new client out, and memory stays proportional to the limit.
final class ConnectionTable: @unchecked Sendable {
    private struct Entry {
        let channel: any Channel
        var lastActive: ContinuousClock.Instant
        var requestsInProgress: Int
    }

    private let lock = NSLock()
    private var entries: [ObjectIdentifier: Entry] = [:]
    private let limit: Int
    /// Connections closed to make room, since the server started.
    private(set) var evicted = 0

    /// A table of at most `limit` connections.
    init(limit: Int) { self.limit = max(1, limit) }

    /// Connections open now.
    var count: Int { lock.withLock { entries.count } }

    /// A new connection; closes the idlest ones when it takes the count past the limit.
    func opened(_ channel: any Channel) {
        let closing: [any Channel] = lock.withLock {
            entries[ObjectIdentifier(channel)] = Entry(channel: channel, lastActive: .now, requestsInProgress: 0)
            guard entries.count > limit else { return [] }
            let idle = entries.filter { $0.value.requestsInProgress == 0 && $0.key != ObjectIdentifier(channel) }
            let victims = idle.sorted { $0.value.lastActive < $1.value.lastActive }.prefix(max(1, limit / 8))
            for (key, _) in victims { entries[key] = nil }
            evicted += victims.count
            return victims.map(\.value.channel)
        }
        for channel in closing { channel.close(promise: nil) }
    }

    /// A request head arrived (`started`) or a response ended (`!started`) on `channel`.
    func request(on channel: any Channel, started: Bool) {
        lock.withLock {
            guard var entry = entries[ObjectIdentifier(channel)] else { return }
            entry.requestsInProgress += started ? 1 : -1
            entry.lastActive = .now
            entries[ObjectIdentifier(channel)] = entry
        }
    }

    /// `channel` closed.
    func closed(_ channel: any Channel) { _ = lock.withLock { entries.removeValue(forKey: ObjectIdentifier(channel)) } }

    /// The handler that reports one connection's life to a table.
    final class Tracker: ChannelDuplexHandler, RemovableChannelHandler {
        typealias InboundIn = HTTPRequestPart
        typealias InboundOut = HTTPRequestPart
        typealias OutboundIn = HTTPResponsePart
        typealias OutboundOut = HTTPResponsePart

        private let table: ConnectionTable

        init(table: ConnectionTable) { self.table = table }

        func handlerAdded(context: ChannelHandlerContext) { table.opened(context.channel) }

        func handlerRemoved(context: ChannelHandlerContext) { table.closed(context.channel) }

        func channelInactive(context: ChannelHandlerContext) {
            table.closed(context.channel)
            context.fireChannelInactive()
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            if case .head = unwrapInboundIn(data) { table.request(on: context.channel, started: true) }
            context.fireChannelRead(data)
        }

        func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
            if case .end = unwrapOutboundIn(data) { table.request(on: context.channel, started: false) }
            context.write(data, promise: promise)
        }
    }
}
