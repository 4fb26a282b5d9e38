import CLibXML2

/// Process-wide libxml2 set-up, done once before the first parse.
///
/// `xmlInitParser` must run once per process; the external-entity loader is process-wide, so
/// installing the deny-all loader here locks every parser in the process, ours and any other
/// library's, out of the file system and the network. Never undone: a library must not call
/// `xmlCleanupParser`.
enum LibXML {
  static let ready: Void = {
    xmlInitParser()
    xmlSetExternalEntityLoader(denyExternalEntity)
  }()

  /// Converts libxml2 option enums (imported as `UInt32`) to the `Int32` the parse calls take.
  static func options<T: RawRepresentable>(_ flags: T...) -> Int32 where T.RawValue == UInt32 {
    Int32(bitPattern: flags.reduce(0) { $0 | $1.rawValue })
  }
}

/// Refuses every external entity, DTD and schema import: nothing is loaded from a path or a URL.
private func denyExternalEntity(
  _ url: UnsafePointer<CChar>?, _ id: UnsafePointer<CChar>?, _ context: xmlParserCtxtPtr?
) -> xmlParserInputPtr? {
  nil
}

/// Copies a libxml2 string into Swift; `nil` stays `nil`.
func swiftString(_ pointer: UnsafePointer<xmlChar>?) -> String? {
  guard let pointer else { return nil }
  return String(cString: pointer)
}

/// Copies a libxml2 string that the caller owns into Swift, then frees it.
func takeString(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
  guard let pointer else { return nil }
  defer { claimledger_xmlFree(pointer) }
  return String(cString: pointer)
}

/// Escapes text as libxml2's serialisers do, keeping UTF-8: escaping needs a document, and
/// without one in UTF-8 libxml2 writes every non-ASCII character as a character reference.
final class TextEscaper {
  private let document: xmlDocPtr

  init() {
    _ = LibXML.ready
    document = xmlNewDoc("1.0")!
    document.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
  }

  deinit { xmlFreeDoc(document) }

  /// `text` with `&`, `<`, `>` and carriage returns escaped (quotation marks left as they are),
  /// handed to `body`.
  func withEscapedText(_ text: String, _ body: (UnsafePointer<xmlChar>) -> Void) {
    let escaped = xmlEncodeEntitiesReentrant(document, text)!
    defer { claimledger_xmlFree(escaped) }
    body(escaped)
  }

  /// ``withEscapedText(_:_:)`` handing over the escaped bytes, counted.
  func withEscapedTextBytes(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    withEscapedText(text) { body(UnsafeBufferPointer(start: $0, count: Int(xmlStrlen($0)))) }
  }

  /// `value` escaped for a double-quoted attribute (also `"`, tabs and line breaks), handed to
  /// `body`.
  func withEscapedAttribute(_ value: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    let buffer = xmlBufferCreate()!
    defer { xmlBufferFree(buffer) }
    xmlAttrSerializeTxtContent(buffer, document, nil, value)
    body(UnsafeBufferPointer(start: xmlBufferContent(buffer), count: Int(xmlBufferLength(buffer))))
  }
}
