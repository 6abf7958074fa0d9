/// A value whose JSON is built directly as a ``JSONValue`` tree. ``PathwayJSONEncoder`` takes the tree as it is
/// (no `Encoder` round trip), and the `Encodable` conformance encodes the same tree, so any encoder gives the
/// same shape.
protocol JSONTreeRepresentable: Encodable {
    /// The JSON of the value.
    var jsonTree: JSONValue { get }
}

extension JSONTreeRepresentable {
    /// Encodes ``jsonTree``.
    public func encode(to encoder: any Encoder) throws { try jsonTree.encode(to: encoder) }
}

/// A key made at run time (object members whose names are data, such as counts by kind).
struct JSONKey: CodingKey {
    let stringValue: String
    init(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}

extension JSONValue: Encodable {
    /// Encodes the tree: objects as keyed containers in member order, `null`s explicitly.
    func encode(to encoder: any Encoder) throws {
        switch self {
        case .object(let members):
            var container = encoder.container(keyedBy: JSONKey.self)
            for (key, value) in members { try container.encode(value, forKey: JSONKey(stringValue: key)) }
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .number(let number):
            var container = encoder.singleValueContainer()
            if number.isFinite { try container.encode(number) } else { try container.encodeNil() }
        case .integer(let integer):
            var container = encoder.singleValueContainer()
            try container.encode(integer)
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        }
    }
}
