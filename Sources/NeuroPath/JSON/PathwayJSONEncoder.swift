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
        try box.encode(value)
        return box.value
    }
}

/// A node of the tree under construction. A class, because containers hand out children and fill them later;
/// plain values are stored inline and children appended in place, so encoding is linear in the output. Coding
/// paths are not tracked: nothing here throws an error that would need one.
final class JSONBox {
    /// A member or item: a finished plain value, or a box still being filled.
    enum Child {
        case value(JSONValue)
        case box(JSONBox)

        var value: JSONValue {
            switch self {
            case .value(let value): value
            case .box(let box): box.value
            }
        }
    }

    enum Kind {
        case empty, scalar, object, array
    }

    private(set) var kind = Kind.empty
    private var scalar = JSONValue.null
    /// The keys of an object, parallel to `children`.
    private var keys: [String] = []
    /// The members of an object or the items of an array.
    private var children: [Child] = []

    var value: JSONValue {
        switch kind {
        case .empty: .object([])
        case .scalar: scalar
        case .object: .object(zip(keys, children.lazy.map(\.value)).map { ($0, $1) })
        case .array: .array(children.map(\.value))
        }
    }

    var count: Int { children.count }

    func set(_ value: JSONValue) {
        kind = .scalar
        scalar = value
    }

    /// Makes this box an object (keeping its members if it is one already).
    func becomeObject() {
        guard kind != .object else { return }
        kind = .object
        keys = []
        children = []
    }

    /// Makes this box an array (keeping its items if it is one already).
    func becomeArray() {
        guard kind != .array else { return }
        kind = .array
        keys = []
        children = []
    }

    /// Encodes `value` into this box.
    func encode(_ value: some Encodable) throws {
        if let plain = Self.plain(value) {
            set(plain)
        } else {
            try value.encode(to: TreeEncoder(box: self))
        }
    }

    /// The JSON of a value that needs no container, or `nil`.
    static func plain(_ value: some Encodable) -> JSONValue? {
        switch value {
        case let tree as any JSONTreeRepresentable: tree.jsonTree
        case let tree as JSONValue: tree
        case let text as String: .string(text)
        case let number as Double: number.isFinite ? .number(number) : .null
        case let integer as Int: .integer(integer)
        case let flag as Bool: .bool(flag)
        case let number as Float: number.isFinite ? .number(Double(number)) : .null
        default: nil
        }
    }

    /// Sets the member `key` of this object (a key encoded twice keeps its last value).
    func set(_ child: Child, forKey key: String) {
        becomeObject()
        if let existing = keys.lastIndex(of: key) {
            children[existing] = child
        } else {
            keys.append(key)
            children.append(child)
        }
    }

    /// A new member of this object under `key`, to be filled.
    func append(key: String) -> JSONBox {
        let child = JSONBox()
        set(.box(child), forKey: key)
        return child
    }

    /// Appends a finished item to this array.
    func appendItem(_ value: JSONValue) {
        becomeArray()
        children.append(.value(value))
    }

    /// A new item at the end of this array, to be filled.
    func appendItem() -> JSONBox {
        becomeArray()
        let child = JSONBox()
        children.append(.box(child))
        return child
    }
}

private struct TreeEncoder: Encoder {
    let box: JSONBox
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        box.becomeObject()
        return KeyedEncodingContainer(KeyedTreeContainer<Key>(box: box))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        box.becomeArray()
        return UnkeyedTreeContainer(box: box)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleTreeContainer(box: box) }
}

private struct KeyedTreeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONBox
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { box.set(.value(.null), forKey: key.stringValue) }
    mutating func encode(_ value: String, forKey key: Key) throws {
        box.set(.value(.string(value)), forKey: key.stringValue)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        box.set(.value(.integer(value)), forKey: key.stringValue)
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        box.set(.value(.bool(value)), forKey: key.stringValue)
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        box.set(.value(value.isFinite ? .number(value) : .null), forKey: key.stringValue)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        if let plain = JSONBox.plain(value) {
            box.set(.value(plain), forKey: key.stringValue)
        } else {
            try box.append(key: key.stringValue).encode(value)
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        TreeEncoder(box: box.append(key: key.stringValue)).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(box: box.append(key: key.stringValue)).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(box: box.append(key: "super")) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { TreeEncoder(box: box.append(key: key.stringValue)) }
}

private struct UnkeyedTreeContainer: UnkeyedEncodingContainer {
    let box: JSONBox
    var codingPath: [any CodingKey] { [] }
    var count: Int { box.count }

    mutating func encodeNil() throws { box.appendItem(.null) }
    mutating func encode(_ value: String) throws { box.appendItem(.string(value)) }
    mutating func encode(_ value: Int) throws { box.appendItem(.integer(value)) }
    mutating func encode(_ value: Bool) throws { box.appendItem(.bool(value)) }
    mutating func encode(_ value: Double) throws { box.appendItem(value.isFinite ? .number(value) : .null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        if let plain = JSONBox.plain(value) {
            box.appendItem(plain)
        } else {
            try box.appendItem().encode(value)
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        TreeEncoder(box: box.appendItem()).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        TreeEncoder(box: box.appendItem()).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(box: box.appendItem()) }
}

private struct SingleTreeContainer: SingleValueEncodingContainer {
    let box: JSONBox
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { box.set(.null) }
    mutating func encode(_ value: Bool) throws { box.set(.bool(value)) }
    mutating func encode(_ value: String) throws { box.set(.string(value)) }
    mutating func encode(_ value: Double) throws { box.set(value.isFinite ? .number(value) : .null) }
    mutating func encode(_ value: Float) throws { box.set(value.isFinite ? .number(Double(value)) : .null) }
    mutating func encode(_ value: Int) throws { box.set(.integer(value)) }
    mutating func encode(_ value: Int8) throws { box.set(.integer(Int(value))) }
    mutating func encode(_ value: Int16) throws { box.set(.integer(Int(value))) }
    mutating func encode(_ value: Int32) throws { box.set(.integer(Int(value))) }
    mutating func encode(_ value: Int64) throws { box.set(.integer(Int(value))) }
    mutating func encode(_ value: UInt) throws { box.set(.number(Double(value))) }
    mutating func encode(_ value: UInt8) throws { box.set(.integer(Int(value))) }
    mutating func encode(_ value: UInt16) throws { box.set(.integer(Int(value))) }
    mutating func encode(_ value: UInt32) throws { box.set(.integer(Int(value))) }
    mutating func encode(_ value: UInt64) throws { box.set(.number(Double(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { try box.encode(value) }
}
