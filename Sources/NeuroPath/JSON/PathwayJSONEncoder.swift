import Foundation

/// Encodes NeuroPath's results as the JSON of the command line (`Docs/cli.md`): keys in the documented order,
/// `null` written out, numbers to six significant digits, two-space indentation (or one line per value).
///
/// Every result type is `Encodable`, so Foundation's `JSONEncoder` gives the same JSON *values*; this encoder
/// also keeps the key order and layout of `neuropath … --json`, byte for byte.
///
/// ```swift
/// let result = try PathQuery(from: ketamine, to: effect).run(on: graph)
/// print(try PathwayJSONEncoder().encode(result))   // what `neuropath trace --json` prints
/// ```
public struct PathwayJSONEncoder: Sendable {
    /// How the text is laid out.
    public enum Style: Sendable, Hashable {
        /// Indented, one member per line; arrays of plain values on one line.
        case pretty
        /// One line, no spaces: for JSON Lines.
        case compact
    }

    /// The layout.
    public var style: Style

    /// Creates an encoder.
    public init(style: Style = .pretty) { self.style = style }

    /// The JSON text of `value`.
    public func encode(_ value: some Encodable) throws -> String {
        let tree = try JSONTreeEncoder.tree(of: value)
        return style == .pretty ? tree.rendered() : tree.compact()
    }
}

/// Builds a ``JSONValue`` tree from an `Encodable` value, keeping keys in the order they are encoded.
enum JSONTreeEncoder {
    static func tree(of value: some Encodable) throws -> JSONValue {
        let box = JSONBox()
        try box.encode(value, codingPath: [])
        return box.value
    }
}

/// A node of the tree under construction. A class, because containers hand out children and fill them later.
final class JSONBox {
    enum Content {
        case empty
        case scalar(JSONValue)
        case object([(String, JSONBox)])
        case array([JSONBox])
    }

    var content = Content.empty

    var value: JSONValue {
        switch content {
        case .empty: .object([])
        case .scalar(let value): value
        case .object(let members): .object(members.map { ($0.0, $0.1.value) })
        case .array(let items): .array(items.map(\.value))
        }
    }

    func encode(_ value: some Encodable, codingPath: [any CodingKey]) throws {
        switch value {
        case let text as String: content = .scalar(.string(text))
        case let number as Double: content = .scalar(number.isFinite ? .number(number) : .null)
        case let number as Float: content = .scalar(number.isFinite ? .number(Double(number)) : .null)
        case let integer as Int: content = .scalar(.integer(integer))
        case let flag as Bool: content = .scalar(.bool(flag))
        default: try value.encode(to: TreeEncoder(box: self, codingPath: codingPath))
        }
    }

    func append(key: String) -> JSONBox {
        let child = JSONBox()
        if case .object(var members) = content {
            if let existing = members.firstIndex(where: { $0.0 == key }) {
                members[existing].1 = child
            } else {
                members.append((key, child))
            }
            content = .object(members)
        } else {
            content = .object([(key, child)])
        }
        return child
    }

    func appendItem() -> JSONBox {
        let child = JSONBox()
        if case .array(let items) = content {
            content = .array(items + [child])
        } else {
            content = .array([child])
        }
        return child
    }

    var count: Int {
        switch content {
        case .array(let items): items.count
        case .object(let members): members.count
        default: 0
        }
    }
}

private struct TreeEncoder: Encoder {
    let box: JSONBox
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = box.content {} else { box.content = .object([]) }
        return KeyedEncodingContainer(KeyedTreeContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = box.content {} else { box.content = .array([]) }
        return UnkeyedTreeContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleTreeContainer(box: box, codingPath: codingPath)
    }
}

private struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONBox
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { box.append(key: key.stringValue).content = .scalar(.null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try box.append(key: key.stringValue).encode(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        TreeEncoder(box: box.append(key: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(box: box.append(key: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(box: box.append(key: "super"), codingPath: codingPath) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(box: box.append(key: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
    let box: JSONBox
    let codingPath: [any CodingKey]
    var count: Int { box.count }

    mutating func encodeNil() throws { box.appendItem().content = .scalar(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try box.appendItem().encode(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        TreeEncoder(box: box.appendItem(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        TreeEncoder(box: box.appendItem(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(box: box.appendItem(), codingPath: codingPath) }
}

private struct SingleTreeContainer: SingleValueEncodingContainer {
    let box: JSONBox
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { box.content = .scalar(.null) }
    mutating func encode(_ value: Bool) throws { box.content = .scalar(.bool(value)) }
    mutating func encode(_ value: String) throws { box.content = .scalar(.string(value)) }
    mutating func encode(_ value: Double) throws { try box.encode(value, codingPath: codingPath) }
    mutating func encode(_ value: Float) throws { try box.encode(value, codingPath: codingPath) }
    mutating func encode(_ value: Int) throws { box.content = .scalar(.integer(value)) }
    mutating func encode(_ value: Int8) throws { box.content = .scalar(.integer(Int(value))) }
    mutating func encode(_ value: Int16) throws { box.content = .scalar(.integer(Int(value))) }
    mutating func encode(_ value: Int32) throws { box.content = .scalar(.integer(Int(value))) }
    mutating func encode(_ value: Int64) throws { box.content = .scalar(.integer(Int(value))) }
    mutating func encode(_ value: UInt) throws { box.content = .scalar(.number(Double(value))) }
    mutating func encode(_ value: UInt8) throws { box.content = .scalar(.integer(Int(value))) }
    mutating func encode(_ value: UInt16) throws { box.content = .scalar(.integer(Int(value))) }
    mutating func encode(_ value: UInt32) throws { box.content = .scalar(.integer(Int(value))) }
    mutating func encode(_ value: UInt64) throws { box.content = .scalar(.number(Double(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { try box.encode(value, codingPath: codingPath) }
}
