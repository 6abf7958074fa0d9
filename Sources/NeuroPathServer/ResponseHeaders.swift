import Foundation
import HTTPTypes
import NIOCore
import NeuroPath

/// The HTTP contract every answer keeps, whatever its route: only GET and HEAD (other methods 405 with `Allow`;
/// OPTIONS answers CORS preflights from an origin the configuration allows); `nosniff` on everything; a
/// Content-Security-Policy that forbids framing on the page; revalidation by strong `ETag` (`If-None-Match` →
/// 304); gzip when the client accepts it; `HEAD` with the headers of `GET` and no body.
struct ResponseHeaders {
    let request: APIRequest
    let configuration: ServerConfiguration

    /// The page's policy: its own script, style and data only; no framing, no plugins, no form posts.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    /// The methods answered.
    private var allowed: String { configuration.corsOrigins.isEmpty ? "GET, HEAD" : "GET, HEAD, OPTIONS" }

    /// An error for a request no route may answer: a method other than GET and HEAD (OPTIONS too when it is not a
    /// preflight this server allows), or a `Transfer-Encoding` other than `chunked` (a GET has no body to frame).
    func refusal() -> APIError? {
        if let encoding = request.headers[.transferEncoding], encoding.lowercased() != "chunked" {
            return APIError(
                status: .badRequest,
                report: ErrorReport(
                    code: "invalid-request", message: "Transfer-Encoding '\(encoding)' is not supported"))
        }
        switch request.method {
        case .get, .head: return nil
        case .options where allowedOrigin != nil && request.headers[.accessControlRequestMethod] != nil:
            return nil
        case .options:
            return APIError(
                status: .methodNotAllowed,
                report: ErrorReport(
                    code: "method-not-allowed",
                    message: "OPTIONS answers only CORS preflights from an allowed origin (with Origin and "
                        + "Access-Control-Request-Method); every route is read with GET or HEAD"))
        default:
            return APIError(
                status: .methodNotAllowed,
                report: ErrorReport(
                    code: "method-not-allowed",
                    message: "\(request.method.rawValue) is not answered here; every route is read with GET or HEAD"))
        }
    }

    /// The origin to name in `Access-Control-Allow-Origin`, when the request comes from one of
    /// ``ServerConfiguration/corsOrigins``.
    var allowedOrigin: String? {
        guard let origin = request.headers[.origin] else { return nil }
        if configuration.corsOrigins.contains(origin) { return origin }
        return configuration.corsOrigins.contains("*") ? "*" : nil
    }

    /// The answer to a CORS preflight from an allowed origin (``refusal()`` has refused the rest).
    func preflight() -> APIResponse {
        var headers = common()
        headers[.accessControlAllowMethods] = "GET, HEAD"
        headers[.accessControlAllowHeaders] = "If-None-Match, Accept, Accept-Encoding"
        headers[.accessControlMaxAge] = "600"
        headers[.contentLength] = "0"
        return APIResponse(status: .noContent, headers: headers, body: ByteBuffer())
    }

    /// `answer` as the response to the request: conditional, compressed and trimmed for HEAD as asked.
    func finish(_ answer: Answer, for request: APIRequest) -> APIResponse {
        var headers = common()
        headers[.contentType] = answer.contentType
        for (name, value) in answer.headers { headers[name] = value }
        if answer.status == .methodNotAllowed { headers[.allow] = allowed }
        let succeeded = answer.status.kind == .successful
        headers[.cacheControl] = succeeded ? "no-cache" : "no-store"
        if answer.contentType.hasPrefix("text/html") {
            headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
            headers[.init("X-Frame-Options")!] = "DENY"
            headers[.init("Referrer-Policy")!] = "no-referrer"
        }
        // The gzip representation has a tag of its own: a strong tag names one sequence of bytes.
        let gzipped = acceptsGzip ? answer.gzipped : nil
        let tag = gzipped == nil ? answer.entityTag : String(answer.entityTag.dropLast()) + "-gzip\""
        var status = answer.status
        var body = gzipped ?? answer.body
        if gzipped != nil { headers[.contentEncoding] = "gzip" }
        if answer.gzipped != nil {
            headers[.vary] = configuration.corsOrigins.isEmpty ? "Accept-Encoding" : "Accept-Encoding, Origin"
        }
        if succeeded {
            headers[.eTag] = tag
            if matches(tag) {
                status = .notModified
                body = ByteBuffer()
                headers[.contentType] = nil
                headers[.contentEncoding] = nil
            }
        }
        headers[.contentLength] = String(body.readableBytes)
        // HTTP's encoder sends no body after a response to CONNECT (it expects a tunnel): the connection is closed
        // after it rather than left waiting for bytes that never come.
        if request.method == .connect { headers[.connection] = "close" }
        if request.method == .head || status == .notModified { body = ByteBuffer() }
        return APIResponse(status: status, headers: headers, body: body)
    }

    /// The headers of every response: `nosniff`, and CORS for an allowed origin.
    private func common() -> HTTPFields {
        var headers = HTTPFields()
        headers[.xContentTypeOptions] = "nosniff"
        if let origin = allowedOrigin {
            headers[.accessControlAllowOrigin] = origin
            headers[.accessControlExposeHeaders] = "ETag, Retry-After, Content-Disposition, X-NeuroPath-Not-Kept"
        }
        if !configuration.corsOrigins.isEmpty { headers[.vary] = "Origin" }
        return headers
    }

    /// Whether `If-None-Match` names `tag` (or is `*`).
    private func matches(_ tag: String) -> Bool {
        guard let condition = request.headers[.ifNoneMatch] else { return false }
        return condition.split(separator: ",").contains { candidate in
            let trimmed = candidate.trimmingCharacters(in: .whitespaces)
            return trimmed == "*" || trimmed == tag || trimmed == "W/" + tag
        }
    }

    /// Whether `Accept-Encoding` accepts gzip (named without `q=0`).
    private var acceptsGzip: Bool {
        guard let accepted = request.headers[.acceptEncoding] else { return false }
        // Each coding with its weight; an explicit `gzip` decides over `*`, and `q=0` refuses.
        let codings = accepted.split(separator: ",").map { item -> (name: String, weight: Double) in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            let weight = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (parts.first ?? "", weight)
        }
        let gzip = codings.filter { $0.name == "gzip" || $0.name == "x-gzip" }
        if !gzip.isEmpty { return gzip.allSatisfy { $0.weight > 0 } }
        return codings.contains { $0.name == "*" && $0.weight > 0 }
    }
}
