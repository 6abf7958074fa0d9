import HTTPTypes
import NeuroPath

/// An error answered as the library's JSON error with an HTTP status: 400 for bad input, 404 for an unknown
/// graph, node or route, 405 for a method other than GET and HEAD, 503 when the server is busy. Never a stack
/// trace.
struct APIError: Error {
    /// The status.
    var status: HTTPResponse.Status
    /// The body.
    var report: ErrorReport

    /// A bad parameter: 400.
    static func badParameter(_ name: String, _ message: String, suggestions: [String] = []) -> APIError {
        APIError(
            status: .badRequest,
            report: ErrorReport(
                code: "invalid-parameter", message: "\(name): \(message)", suggestions: suggestions, parameter: name))
    }

    /// The same error, said to be about parameter `name`.
    func about(_ name: String) -> APIError {
        var error = self
        error.report.parameter = error.report.parameter ?? name
        return error
    }

    /// The server is busy: 503, with `Retry-After`.
    static func busy(_ refusal: WorkerPool.Refusal) -> APIError {
        let message =
            switch refusal {
            case .full: "the server is answering as many requests as it can; try again in a moment"
            case .expired: "the server was too busy to start this request within its time budget; try again"
            case .abandoned: "the request was dropped because its client left"
            }
        return APIError(status: .serviceUnavailable, report: ErrorReport(code: "busy", message: message))
    }

    /// Nothing here: 404.
    static func notFound(_ code: String, _ message: String, suggestions: [String] = []) -> APIError {
        APIError(status: .notFound, report: ErrorReport(code: code, message: message, suggestions: suggestions))
    }

    /// A library error with the status its kind deserves.
    init(_ error: any Error) {
        let report = ErrorReport(error)
        switch error {
        case let resolution as NodeResolutionError:
            if case .unknown = resolution {
                self.init(status: .notFound, report: report)
            } else {
                self.init(status: .badRequest, report: report)
            }
        case is QueryError, is PathError, is Diagnostic: self.init(status: .badRequest, report: report)
        default: self.init(status: .internalServerError, report: report)
        }
    }

    /// An explicit status and report.
    init(status: HTTPResponse.Status, report: ErrorReport) {
        self.status = status
        self.report = report
    }
}
