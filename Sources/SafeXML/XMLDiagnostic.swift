import CLibXML2

/// One finding of a parser, validator or XPath evaluation: where it is and what it says.
///
/// Findings are results, not failures: a recovering HTML parse keeps them for whoever wants them,
/// a schema validation returns them, and a strict parse throws them inside ``XMLParseError``.
public struct XMLDiagnostic: Sendable, Equatable, CustomStringConvertible {
  public enum Severity: Sendable, Equatable { case warning, error, fatal }

  public var severity: Severity
  /// 1-based line, 0 when libxml2 did not know it.
  public var line: Int
  public var column: Int
  /// libxml2's error code (`xmlParserErrors`), kept to filter known noise such as code 801,
  /// "Tag nav invalid", which the HTML4-era parser reports for every HTML5 element.
  public var code: Int
  public var message: String
  /// Whether a schema validator found it (the document is well-formed but invalid).
  public var isValidityError = false

  public init(severity: Severity, line: Int, column: Int, code: Int, message: String) {
    self.severity = severity
    self.line = line
    self.column = column
    self.code = code
    self.message = message
  }

  public var description: String {
    line > 0 ? "line \(line): \(message)" : message
  }
}

/// Collects the structured errors of one parser or validator context.
///
/// libxml2's thread-local global handlers would be wrong here: a Swift task may resume on another
/// thread, so each context gets its own collector through its user-data pointer.
final class DiagnosticCollector {
  var diagnostics: [XMLDiagnostic] = []

  func add(_ error: UnsafePointer<xmlError>) {
    let raw = error.pointee
    let severity: XMLDiagnostic.Severity
    switch raw.level {
    case XML_ERR_WARNING: severity = .warning
    case XML_ERR_FATAL: severity = .fatal
    default: severity = .error
    }
    var message = raw.message.map { String(cString: $0) } ?? ""
    while message.last?.isWhitespace == true { message.removeLast() }
    var diagnostic = XMLDiagnostic(
      severity: severity, line: Int(raw.line), column: Int(raw.int2), code: Int(raw.code), message: message)
    diagnostic.isValidityError = raw.domain == Int32(XML_FROM_SCHEMASV.rawValue)
    diagnostics.append(diagnostic)
  }

  /// An unmanaged pointer for a C context's user data; valid while `self` is alive.
  var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  static func from(_ opaque: UnsafeMutableRawPointer?) -> DiagnosticCollector? {
    opaque.map { Unmanaged<DiagnosticCollector>.fromOpaque($0).takeUnretainedValue() }
  }
}

/// The structured-error callback for parser contexts, whose user data is the context itself;
/// the collector sits in the context's `_private`.
func collectParserError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
  guard let error, let userData else { return }
  let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
  DiagnosticCollector.from(context.pointee._private)?.add(error)
}

/// The structured-error callback for schema and XPath contexts, whose user data is the collector.
func collectError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
  guard let error else { return }
  DiagnosticCollector.from(userData)?.add(error)
}
