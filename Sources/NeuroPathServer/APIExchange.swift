import HTTPTypes
import NIOCore

/// One HTTP request as the API reads it: the method, the path and query as sent (still percent-encoded), and the
/// headers. Independent of any connection, so the API can be driven in process (tests, fuzzing).
public struct APIRequest: Sendable {
    /// `GET`, `HEAD`, `OPTIONS`, …
    public var method: HTTPRequest.Method
    /// The path as sent, percent-encoded (`/api/graphs/my%20pathway/trace`).
    public var path: String
    /// The query string without its `?`, if any.
    public var query: String?
    /// The request's headers.
    public var headers: HTTPFields

    /// A request; `target` is the path with its query (`/api/graphs?x=1`).
    public init(method: HTTPRequest.Method = .get, target: String, headers: HTTPFields = [:]) {
        self.method = method
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = String(target[target.index(after: mark)...])
        } else {
            path = target
            query = nil
        }
        self.headers = headers
    }

    /// A request from text, as it arrives on the wire: a method, a target (`/api/graphs?x=1`) and header lines;
    /// `nil` when the method or a header's name or value is not valid HTTP.
    public init?(method: String, target: String, headerLines: [(name: String, value: String)]) {
        guard let method = HTTPRequest.Method(method) else { return nil }
        var headers = HTTPFields()
        for (name, value) in headerLines {
            guard let field = HTTPField.Name(name), HTTPField.isValidValue(value) else { return nil }
            headers.append(HTTPField(name: field, value: value))
        }
        self.init(method: method, target: target, headers: headers)
    }

    /// A request of a method, a path and a query.
    public init(method: HTTPRequest.Method, path: String, query: String?, headers: HTTPFields) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
    }
}

/// The API's answer to an ``APIRequest``: status, headers and body, ready to be written to the connection.
public struct APIResponse: Sendable {
    /// The status.
    public var status: HTTPResponse.Status
    /// Every header, `Content-Length` included.
    public var headers: HTTPFields
    /// The body (empty for `HEAD` and `304`).
    public var body: ByteBuffer
}
