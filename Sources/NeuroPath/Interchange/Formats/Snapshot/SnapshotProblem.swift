/// What is wrong with a file that should be a NeuroPath snapshot (`.npsnap`).
public enum SnapshotProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not start with the snapshot signature.
    case notASnapshot
    /// The file is shorter than its header says: cut short while copying or writing.
    case truncated(expectedBytes: Int, foundBytes: Int)
    /// The file is longer than its header says.
    case trailingBytes(count: Int)
    /// Written by a NeuroPath whose snapshot version this one does not read.
    case unsupportedVersion(found: UInt32, supported: UInt32)
    /// The bytes do not match the checksum in the header: the file is damaged.
    case checksumMismatch
    /// The checksum matches but the content is not a graph this version can hold (an index out of range, a code
    /// it does not know): written by a different program, or deliberately altered.
    case malformed(String)

    /// A sentence a person can act on.
    public var description: String {
        switch self {
        case .notASnapshot:
            "it does not start with the NeuroPath snapshot signature"
        case .truncated(let expected, let found):
            "it is cut short (\(found) of \(expected) bytes)"
        case .trailingBytes(let count):
            "it has \(count) bytes after the end of the snapshot"
        case .unsupportedVersion(let found, let supported):
            "it is snapshot version \(found) and this NeuroPath reads version \(supported)"
        case .checksumMismatch:
            "its checksum does not match its content (the file is damaged)"
        case .malformed(let detail):
            "its content is malformed: \(detail)"
        }
    }
}
