import ArgumentParser
import NeuroPath
import NeuroPathGraphviz

/// An error the command line reports, with the exit status of DESIGN §6.
struct CLIError: Error, CustomStringConvertible {
    /// What went wrong, ready to print after `neuropath: error: `.
    var description: String
    /// 64 usage, 65 malformed data, 66 missing input, 70 internal failure.
    var exitCode: ExitCode

    static func usage(_ message: String) -> CLIError { CLIError(description: message, exitCode: .usage) }
    static func data(_ message: String) -> CLIError { CLIError(description: message, exitCode: .dataError) }
    static func internalFailure(_ message: String) -> CLIError {
        CLIError(description: message, exitCode: .internalFailure)
    }

    /// Maps library errors to their exit status.
    init(_ error: any Error) {
        switch error {
        case let error as CLIError:
            self = error
        case let error as GraphLoadError:
            switch error {
            case .fileNotFound, .unreadable, .unknownBundledGraph:
                self.init(description: error.description, exitCode: .noInput)
            case .invalid, .unsupportedFormat: self.init(description: error.description, exitCode: .dataError)
            }
        case let error as NodeResolutionError:
            self.init(description: error.description, exitCode: .usage)
        case let error as QueryError:
            self.init(description: error.description, exitCode: .usage)
        case let error as RenderError:
            switch error {
            case .tooLarge: self.init(description: error.description, exitCode: .usage)
            default: self.init(description: error.description, exitCode: .internalFailure)
            }
        default:
            self.init(description: "\(error)", exitCode: .internalFailure)
        }
    }

    init(description: String, exitCode: ExitCode) {
        self.description = description
        self.exitCode = exitCode
    }
}

extension ExitCode {
    /// 64: the command was used wrongly.
    static let usage = ExitCode(64)
    /// 65: the input data is malformed.
    static let dataError = ExitCode(65)
    /// 66: an input file is missing or unreadable.
    static let noInput = ExitCode(66)
    /// 70: an internal failure.
    static let internalFailure = ExitCode(70)
}
