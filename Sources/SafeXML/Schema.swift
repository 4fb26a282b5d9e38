import CLibXML2

/// Why a schema could not be loaded.
public struct XMLSchemaError: Error, Sendable, Equatable, CustomStringConvertible {
  public var diagnostics: [XMLDiagnostic]
  public var description: String {
    "invalid schema: " + diagnostics.map(\.description).joined(separator: "; ")
  }
}

/// A compiled W3C XML Schema (XSD).
///
/// Not `Sendable` (libxml2 owns the compiled form); load one per thread. Imports and includes are
/// never loaded: the process-wide loader refuses them, so schemas must be self-contained.
public final class XMLSchema {
  /// Internal: the streaming reader validates with it as it reads.
  let pointer: xmlSchemaPtr
  /// The schema's own document, parsed by our silent, safe parser; the compiled schema points
  /// into it, so it lives as long as the schema.
  private let source: MarkupDocument

  public init(_ xsd: [UInt8]) throws(XMLSchemaError) {
    do {
      source = try MarkupDocument.xml(xsd)
    } catch {
      throw XMLSchemaError(diagnostics: error.diagnostics)
    }
    let collector = DiagnosticCollector()
    let context = xmlSchemaNewDocParserCtxt(source.pointer)!
    defer { xmlSchemaFreeParserCtxt(context) }
    xmlSchemaSetParserStructuredErrors(context, collectError, collector.opaque)
    guard let parsed = xmlSchemaParse(context) else {
      throw XMLSchemaError(diagnostics: collector.diagnostics)
    }
    pointer = parsed
  }

  deinit { xmlSchemaFree(pointer) }

  /// Every finding of validating the document against this schema; empty means valid.
  public func validate(_ document: MarkupDocument) -> [XMLDiagnostic] {
    let collector = DiagnosticCollector()
    guard let context = xmlSchemaNewValidCtxt(pointer) else {
      return [
        XMLDiagnostic(
          severity: .fatal, line: 0, column: 0, code: 0, message: "out of memory creating a validator")
      ]
    }
    defer { xmlSchemaFreeValidCtxt(context) }
    xmlSchemaSetValidStructuredErrors(context, collectError, collector.opaque)
    let status = xmlSchemaValidateDoc(context, document.pointer)
    if status != 0, collector.diagnostics.isEmpty {
      collector.diagnostics.append(
        XMLDiagnostic(
          severity: .error, line: 0, column: 0, code: Int(status),
          message: "document is not valid (libxml2 code \(status))"))
    }
    return collector.diagnostics
  }
}
