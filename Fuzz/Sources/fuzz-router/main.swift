import Foundation
import FuzzSupport
import NeuroPath
import NeuroPathCompression
import NeuroPathServer

/// The server's router in process, over the bundled graph and a graph with an awkward name, with short budgets.
let api = try! NeuroPathAPI(
    graphs: [("ketamine", try! GraphLoader().load(.ketamine)), ("my pathway", try! GraphLoader().load(.ketamine))],
    configuration: ServerConfiguration(workers: 1, queueLimit: 4, queryTimeout: .milliseconds(100)))

/// One request per input: the first line is the method, the second the target (path and query), the rest
/// `Name: value` headers. Every answer must be a status the API gives (never a 500), and every error a JSON error
/// body; a HEAD answer has no body.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzRouter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: FuzzDriver.data(data, size), as: UTF8.self)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.count >= 2 else { return 0 }
    let method = lines.removeFirst()
    let target = lines.removeFirst()
    let headers = lines.compactMap { line -> (name: String, value: String)? in
        guard let colon = line.firstIndex(of: ":") else { return nil }
        return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }
    guard let request = APIRequest(method: method, target: target, headerLines: headers) else { return 0 }
    let response = FuzzDriver.waitFor { await api.respond(to: request) }
    let status = response.status.code
    precondition((200..<600).contains(status) && status != 500, "status \(status) for \(method) \(target)")
    let length = Int(response.headers[values: .init("Content-Length")!].first ?? "") ?? -1
    precondition(length >= 0, "no Content-Length for \(method) \(target)")
    if request.method.rawValue == "HEAD" || status == 304 {
        precondition(response.body.readableBytes == 0, "a body for \(method) \(target)")
    } else {
        precondition(response.body.readableBytes == length, "Content-Length \(length) is not the body's length")
    }
    if status >= 400 && request.method.rawValue != "HEAD" {
        var body = Data(response.body.readableBytesView)
        if response.headers[values: .init("Content-Encoding")!].first == "gzip" {
            guard let inflated = try? Gzip.decompress(body) else { preconditionFailure("a gzip body that is not gzip") }
            body = inflated
        }
        let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any]
        precondition(object?["error"] is [String: Any], "no JSON error: \(status)")
    }
    return 0
}

FuzzDriver.run { fuzzRouter($0, $1) }
