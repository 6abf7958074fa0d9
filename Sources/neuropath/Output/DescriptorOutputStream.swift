import Foundation

/// Text and bytes written to a file descriptor through a buffer of 64 KiB, so that a large output is written as
/// it is made. A failed write is kept (``failure``) and what follows it is dropped; the caller checks it after
/// ``flush()``.
struct DescriptorOutputStream: TextOutputStream {
    /// Where the bytes go; not closed here.
    let descriptor: Int32
    /// The `errno` of the first write that failed, or `nil`.
    private(set) var failure: Int32?
    private var buffer: [UInt8] = []
    private static let capacity = 1 << 16

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.capacity)
    }

    mutating func write(_ string: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.capacity { flush() }
    }

    mutating func write(_ data: Data) {
        flush()
        guard failure == nil else { return }
        failure = data.withUnsafeBytes { Self.send($0, to: descriptor) }
    }

    /// Writes what is buffered.
    mutating func flush() {
        guard failure == nil, !buffer.isEmpty else { return }
        failure = buffer.withUnsafeBytes { Self.send($0, to: descriptor) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes all of `bytes`; the `errno` of a failure, or `nil`.
    private static func send(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return written < 0 ? errno : EIO }
            offset += written
        }
        return nil
    }
}
