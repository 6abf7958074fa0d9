import Foundation
import FuzzSupport
import NeuroPath

let bundled = try! GraphLoader().load(.ketamine)

/// Node names as people type them (and as a command line or a web form passes them): resolved against the
/// bundled graph, with suggestions; the graph argument's rule; then a query between two resolved names.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzNames(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.data(data, size)
    let text = String(decoding: bytes, as: UTF8.self)
    let names = text.split(separator: "\n", maxSplits: 1).map(String.init)
    _ = GraphSource(argument: text)
    var resolved: [NodeIndex] = []
    for name in names {
        do {
            resolved.append(try bundled.resolve(name))
        } catch {
            _ = error.description
        }
    }
    if resolved.count == 2 {
        _ = try? PathQuery(
            from: resolved[0], to: resolved[1], maxDepth: 6, limit: 3,
            budget: QueryBudget(maxPaths: 1_000, timeout: .milliseconds(5))
        ).run(on: bundled)
    }
    return 0
}

FuzzDriver.run { fuzzNames($0, $1) }
