import HTTPTypes
import NeuroPath

/// An error answered as the library's JSON error with an HTTP status: 400 for bad input, 404 for an unknown
/// graph or node, 503 when the server is at its concurrency limit. Never a stack trace.
struct APIError: Error {
    /// The status.
    var status: HTTPResponse.Status
    /// The body.
    var report: ErrorReport

    /// A bad parameter: 400.
    static func badParameter(_ name: String, _ message: String, suggestions: [String] = []) -> APIError {
        APIError(
            status: .badRequest,
            report: ErrorReport(code: "invalid-parameter", message: "\(name): \(message)", suggestions: suggestions))
    }

    /// The server is busy: 503.
    static let busy = APIError(
        status: .serviceUnavailable,
        report: ErrorReport(
            code: "busy", message: "the server is answering as many queries as it can; try again in a moment"))

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
