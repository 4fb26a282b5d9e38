import CLibXML2

/// Writes one XML document piece by piece, handing its bytes on as they are made: a ledger of
/// 100,000 articles exports in the memory of one article, where a whole document built first
/// held the export three times over (values, libxml2's tree, the serialised text).
///
/// libxml2's text writer does the escaping and indentation, as ``MarkupWriter`` does for whole
/// documents; every value passes the same check of the characters XML can carry.
public final class MarkupStreamWriter {
  private let writer: xmlTextWriterPtr
  private let buffer: xmlBufferPtr
  private let escaper = TextEscaper()
  private let sink: ([UInt8]) throws -> Void
  private var open: [String] = []
  private var namespace: String?

  /// Bytes are handed to `sink` in chunks of about `chunkSize`; an error it throws ends the
  /// document and comes out of the call that flushed.
  public init(namespace: String? = nil, chunkSize: Int = 1 << 20, sink: @escaping ([UInt8]) throws -> Void) {
    _ = LibXML.ready
    buffer = xmlBufferCreate()!
    writer = xmlNewTextWriterMemory(buffer, 0)!
    self.sink = sink
    self.namespace = namespace
    self.chunkSize = chunkSize
    xmlTextWriterSetIndent(writer, 1)
    xmlTextWriterSetIndentString(writer, "  ")
    xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
  }

  private let chunkSize: Int

  deinit {
    xmlFreeTextWriter(writer)
    xmlBufferFree(buffer)
  }

  /// Starts an element that later calls fill and ``close()`` ends; the first one opened is the
  /// root and carries the namespace.
  public func open(_ name: String, _ attributes: [MarkupAttribute] = []) throws {
    for attribute in attributes { MarkupWriter.requireAllowed(attribute.value, in: name) }
    start(name, attributes)
    open.append(name)
    try flushIfFull()
  }

  /// Writes a whole element with its descendants inside the innermost open one.
  public func write(_ element: MarkupElement) throws {
    element.walk(
      from: (),
      enter: { element, _ in start(element.name, element.attributes) },
      // Escaped as a whole document's text is (`&`, `<`, `>`, carriage returns; quotation
      // marks left as they are), so the bytes are those ``MarkupWriter`` writes.
      text: { text, _ in escaper.withEscapedText(text) { xmlTextWriterWriteRaw(writer, $0) } },
      comment: { text, _ in xmlTextWriterWriteComment(writer, text.replacingDashPairs()) },
      leave: { _, _ in xmlTextWriterEndElement(writer) })
    try flushIfFull()
  }

  /// Ends the innermost element opened with ``open(_:_:)``.
  public func close() throws {
    precondition(open.popLast() != nil, "close() without an open element")
    xmlTextWriterEndElement(writer)
    try flushIfFull()
  }

  /// Ends every open element and the document, and hands on the last bytes.
  public func finish() throws {
    xmlTextWriterEndDocument(writer)
    open.removeAll()
    try flush()
  }

  private func start(_ name: String, _ attributes: [MarkupAttribute]) {
    xmlTextWriterStartElement(writer, name)
    if let namespace {
      xmlTextWriterWriteAttribute(writer, "xmlns", namespace)
      self.namespace = nil
    }
    for attribute in attributes { xmlTextWriterWriteAttribute(writer, attribute.name, attribute.value) }
  }

  private func flushIfFull() throws {
    // The text writer keeps a few KB of its own before they reach the buffer.
    xmlTextWriterFlush(writer)
    if xmlBufferLength(buffer) >= chunkSize { try flush() }
  }

  private func flush() throws {
    xmlTextWriterFlush(writer)
    let count = Int(xmlBufferLength(buffer))
    guard count > 0, let content = xmlBufferContent(buffer) else { return }
    let bytes = Array(UnsafeBufferPointer(start: content, count: count))
    xmlBufferEmpty(buffer)
    try sink(bytes)
  }
}

/// Reads a large XML document as a stream of records: each element at one depth (an article of
/// a ledger export) copied whole into a ``NodeTree``, the rest of the document never held.
/// Strict and safe as ``MarkupDocument/xml(_:allowDoctype:)``: no network, no entities, a
/// DOCTYPE refused, and with a schema every node validated as it passes; a finding ends the
/// stream with ``XMLParseError``.
///
/// Not `Sendable`: libxml2's reader stays on one thread.
public final class MarkupStreamReader {
  /// The name of the root element, read before anything else (and before any validation).
  public let rootName: String

  private let reader: xmlTextReaderPtr
  private let recordDepth: Int32
  private let collector = DiagnosticCollector()
  /// The bytes read from memory, kept alive as long as the reader points into them.
  private let bytes: UnsafeMutableBufferPointer<UInt8>?
  /// Whether the reader stands on an expanded record whose subtree the next step skips.
  private var skipSubtree = false
  /// Held as long as the reader validates with it.
  private let schema: XMLSchema?
  /// Makes another reader on the same document.
  private let open: () -> xmlTextReaderPtr?

  /// Reads the file at `path` as it goes.
  public convenience init(path: String, recordDepth: Int, schema: XMLSchema? = nil) throws(XMLParseError) {
    try self.init(bytes: nil, recordDepth: recordDepth, schema: schema) { xmlReaderForFile(path, nil, Self.options) }
  }

  /// Reads a document already in memory (a copy is kept while the reader lives).
  public convenience init(bytes: [UInt8], recordDepth: Int, schema: XMLSchema? = nil) throws(XMLParseError) {
    let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
    _ = copy.initialize(from: bytes)
    try self.init(bytes: copy, recordDepth: recordDepth, schema: schema) {
      copy.withMemoryRebound(to: CChar.self) {
        xmlReaderForMemory($0.baseAddress, Int32(clamping: bytes.count), nil, nil, Self.options)
      }
    }
  }

  /// `open` makes a reader on the document, twice: first without validation to read the prolog
  /// (``prologRoot(_:)``), then for the stream itself.
  private init(
    bytes: UnsafeMutableBufferPointer<UInt8>?, recordDepth: Int, schema: XMLSchema?,
    open: @escaping () -> xmlTextReaderPtr?
  ) throws(XMLParseError) {
    _ = LibXML.ready
    let root: String
    do {
      root = try Self.prologRoot(open)
    } catch {
      bytes?.deallocate()
      throw error
    }
    guard let reader = open() else {
      bytes?.deallocate()
      throw XMLParseError(diagnostics: [Self.fatal("cannot be opened", line: 0)])
    }
    self.reader = reader
    self.bytes = bytes
    self.rootName = root
    self.recordDepth = Int32(recordDepth)
    self.schema = schema
    self.open = open
    xmlTextReaderSetStructuredErrorHandler(reader, collectError, collector.opaque)
    if let schema, xmlTextReaderSetSchema(reader, schema.pointer) != 0 {
      throw XMLParseError(diagnostics: [Self.fatal("the schema could not be used", line: 0)])
    }
  }

  deinit {
    xmlFreeTextReader(reader)
    bytes?.deallocate()
  }

  private static let options = LibXML.options(
    XML_PARSE_NONET, XML_PARSE_NOERROR, XML_PARSE_NOWARNING, XML_PARSE_NOCDATA, XML_PARSE_HUGE)

  /// The root element's name, read up to it without validation: a DOCTYPE is refused here,
  /// before a validator parsing ahead could meet an entity, and a wrong root is told apart from
  /// a schema's complaint about it.
  private static func prologRoot(_ open: () -> xmlTextReaderPtr?) throws(XMLParseError) -> String {
    guard let reader = open() else { throw XMLParseError(diagnostics: [fatal("cannot be opened", line: 0)]) }
    defer { xmlFreeTextReader(reader) }
    let collector = DiagnosticCollector()
    xmlTextReaderSetStructuredErrorHandler(reader, collectError, collector.opaque)
    while true {
      let status = xmlTextReaderRead(reader)
      try check(status, reader, collector)
      if status == 0 { throw XMLParseError(diagnostics: [fatal("empty document: no root element", line: 0)]) }
      switch xmlTextReaderNodeType(reader) {
      case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
        throw XMLParseError(diagnostics: [
          fatal(
            "a DOCTYPE declaration is not allowed (entities and DTDs are never loaded)",
            line: Int(xmlTextReaderGetParserLineNumber(reader)))
        ])
      case Int32(XML_READER_TYPE_ELEMENT.rawValue):
        return swiftString(xmlTextReaderConstLocalName(reader)) ?? ""
      default:
        continue
      }
    }
  }

  /// The next record, or `nil` at the end of a document that was well-formed (and valid, with a
  /// schema) to its last byte.
  public func next() throws(XMLParseError) -> NodeTree? {
    do {
      return try nextRecord()
    } catch  where error.isInvalid {
      // The validator runs ahead of the parser's own complaints: a truncated file would be
      // called invalid. Malformed comes first, so the rest is read, without a schema, to see.
      try Self.checkWellFormed(open)
      throw error
    }
  }

  /// Reads the whole document without validation, throwing the parser's first finding.
  private static func checkWellFormed(_ open: () -> xmlTextReaderPtr?) throws(XMLParseError) {
    guard let reader = open() else { return }
    defer { xmlFreeTextReader(reader) }
    let collector = DiagnosticCollector()
    xmlTextReaderSetStructuredErrorHandler(reader, collectError, collector.opaque)
    var status: Int32 = 1
    while status == 1 { status = xmlTextReaderRead(reader) }
    try check(status, reader, collector)
  }

  private func nextRecord() throws(XMLParseError) -> NodeTree? {
    while true {
      let status = skipSubtree ? xmlTextReaderNext(reader) : xmlTextReaderRead(reader)
      skipSubtree = false
      try Self.check(status, reader, collector)
      if status == 0 {
        if schema != nil, xmlTextReaderIsValid(reader) != 1 {
          throw XMLParseError(diagnostics: [Self.fatal("the document is not valid", line: 0)])
        }
        return nil
      }
      guard xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue),
        xmlTextReaderDepth(reader) == recordDepth
      else { continue }
      guard let node = xmlTextReaderExpand(reader) else {
        try Self.check(-1, reader, collector)
        return nil
      }
      try Self.check(1, reader, collector)
      skipSubtree = true
      return NodeTree(copyingSubtree: node)
    }
  }

  /// Throws what the parser or validator found, or a plain failure for a negative status.
  private static func check(_ status: Int32, _ reader: xmlTextReaderPtr, _ collector: DiagnosticCollector)
    throws(XMLParseError)
  {
    if let first = collector.diagnostics.firstIndex(where: { $0.severity != .warning }) {
      var diagnostics = collector.diagnostics
      diagnostics.insert(diagnostics.remove(at: first), at: 0)
      throw XMLParseError(diagnostics: diagnostics)
    }
    if status < 0 {
      throw XMLParseError(diagnostics: [
        fatal("not well-formed XML", line: Int(xmlTextReaderGetParserLineNumber(reader)))
      ])
    }
  }

  private static func fatal(_ message: String, line: Int) -> XMLDiagnostic {
    XMLDiagnostic(severity: .fatal, line: line, column: 0, code: 0, message: message)
  }
}
