import CLibXML2

/// Why a strict XML parse produced no document.
public struct XMLParseError: Error, Sendable, Equatable, CustomStringConvertible {
  public var diagnostics: [XMLDiagnostic]
  public var description: String {
    guard let first = diagnostics.first(where: { $0.severity != .warning }) ?? diagnostics.first
    else { return "not well-formed XML" }
    return "malformed XML (\(first))"
  }

  /// Whether the document was well-formed but a schema found it invalid (a streaming read
  /// validates as it parses, so both end the read the same way).
  public var isInvalid: Bool { diagnostics.first?.isValidityError == true }
}

/// A parsed document: libxml2's tree, kept for XPath and schema validation.
///
/// Not `Sendable`: an `xmlDoc` must stay on one thread. Take the ``tree`` (a `Sendable` value)
/// wherever the document needs to travel.
public final class MarkupDocument {
  let pointer: xmlDocPtr
  /// What the parser reported; for HTML, recoverable problems such as unclosed tags.
  public let diagnostics: [XMLDiagnostic]

  private init(pointer: xmlDocPtr, diagnostics: [XMLDiagnostic]) {
    self.pointer = pointer
    self.diagnostics = diagnostics
  }

  deinit { xmlFreeDoc(pointer) }

  /// Parses an HTML page as browsers do: never fails, mends what is broken.
  ///
  /// - Parameter utf8: the page's bytes, already decoded to UTF-8 by the caller, which knows the
  ///   HTTP or `<meta>` charset; the page's own charset declaration is ignored.
  public static func html(_ utf8: [UInt8]) -> MarkupDocument {
    _ = LibXML.ready
    let collector = DiagnosticCollector()
    let context = htmlNewParserCtxt()!
    defer { htmlFreeParserCtxt(context) }
    claimledger_markSAX2(context)
    context.pointee.sax.pointee.serror = collectParserError
    context.pointee._private = collector.opaque
    // XML_PARSE_HUGE lifts the 256-level depth cap, past which libxml2 would drop the rest of
    // the page; the HTML parser and our tree copy are iterative, so depth costs no stack.
    let options =
      LibXML.options(
        HTML_PARSE_RECOVER, HTML_PARSE_NONET, HTML_PARSE_NOERROR, HTML_PARSE_NOWARNING,
        HTML_PARSE_IGNORE_ENC, HTML_PARSE_COMPACT) | LibXML.options(XML_PARSE_HUGE)
    let document = utf8.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        htmlCtxtReadMemory(context, $0.baseAddress, Int32(clamping: $0.count), nil, "UTF-8", options)
      }
    }
    let pointer = document ?? htmlNewDocNoDtD(nil, nil)!
    return MarkupDocument(pointer: pointer, diagnostics: collector.diagnostics)
  }

  /// Parses XML strictly: a malformed document is an error, never mended.
  ///
  /// Safe by default: no network, no external entities or DTDs, no entity expansion; with
  /// `allowDoctype` false (the default) a document that declares a DOCTYPE is refused outright,
  /// which is what every format of ours wants and what stops entity bombs before they start.
  public static func xml(_ bytes: [UInt8], allowDoctype: Bool = false) throws(XMLParseError)
    -> MarkupDocument
  {
    _ = LibXML.ready
    let collector = DiagnosticCollector()
    let context = xmlNewParserCtxt()!
    defer { xmlFreeParserCtxt(context) }
    context.pointee.sax.pointee.serror = collectParserError
    context.pointee._private = collector.opaque
    let options = LibXML.options(
      XML_PARSE_NONET, XML_PARSE_NOERROR, XML_PARSE_NOWARNING, XML_PARSE_NOCDATA)
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        xmlCtxtReadMemory(context, $0.baseAddress, Int32(clamping: $0.count), nil, nil, options)
      }
    }
    guard let document, context.pointee.wellFormed != 0 else {
      if let document { xmlFreeDoc(document) }
      var diagnostics = collector.diagnostics
      if diagnostics.isEmpty {
        diagnostics = [
          XMLDiagnostic(severity: .fatal, line: 0, column: 0, code: 0, message: "empty document")
        ]
      }
      throw XMLParseError(diagnostics: diagnostics)
    }
    if !allowDoctype, document.pointee.intSubset != nil {
      let line = Int(
        xmlGetLineNo(UnsafeMutableRawPointer(document.pointee.intSubset).assumingMemoryBound(to: xmlNode.self)))
      xmlFreeDoc(document)
      throw XMLParseError(diagnostics: [
        XMLDiagnostic(
          severity: .fatal, line: max(line, 1), column: 0, code: 0,
          message: "a DOCTYPE declaration is not allowed (entities and DTDs are never loaded)")
      ])
    }
    return MarkupDocument(pointer: document, diagnostics: collector.diagnostics)
  }

  /// The document as Swift values.
  public var tree: NodeTree { NodeTree(copying: pointer) }
}

extension NodeTree {
  /// Copies libxml2's tree, walking it with an explicit cursor, never recursing.
  init(copying document: xmlDocPtr) {
    self.init(walkingFrom: document.pointee.children, subtreeOf: nil)
  }

  /// Copies one element and its descendants: the element is the copy's root.
  init(copyingSubtree element: xmlNodePtr) {
    self.init(walkingFrom: element, subtreeOf: element)
  }

  /// Walks from `first` in document order: with `subtree` nil, `first` and its following
  /// siblings at the top level; otherwise `subtree` (which is `first`) alone.
  private init(walkingFrom first: xmlNodePtr?, subtreeOf subtree: xmlNodePtr?) {
    self.init()
    var cursor = first
    var parentIndex: Int? = nil
    var depth = 0
    while let node = cursor {
      var index: Int? = nil
      let kind: Kind?
      switch node.pointee.type {
      case XML_ELEMENT_NODE: kind = .element
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: kind = .text
      case XML_COMMENT_NODE: kind = .comment
      case XML_ENTITY_REF_NODE: kind = .entityReference
      default: kind = nil
      }
      if let kind {
        var attributes: [(name: String, value: String)] = []
        if kind == .element {
          var attribute = node.pointee.properties
          while let current = attribute {
            let name = swiftString(current.pointee.name) ?? ""
            let value =
              takeString(xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1)) ?? ""
            attributes.append((name, value))
            attribute = current.pointee.next
          }
        }
        let text = (kind == .text || kind == .comment) ? (swiftString(node.pointee.content) ?? "") : ""
        let name = (kind == .element || kind == .entityReference) ? (swiftString(node.pointee.name) ?? "") : ""
        index = append(
          Node(
            kind: kind, name: name, text: text, attributes: attributes, parent: parentIndex,
            children: [], depth: depth))
      }
      // Descend into elements; otherwise move to the next sibling, climbing as needed.
      if kind == .element, let child = node.pointee.children {
        parentIndex = index
        depth += 1
        cursor = child
        continue
      }
      var climbing: xmlNodePtr? = node
      cursor = nil
      while let current = climbing, current != subtree {
        if let next = current.pointee.next {
          cursor = next
          break
        }
        let up = current.pointee.parent
        guard let up, up.pointee.type == XML_ELEMENT_NODE else { break }
        climbing = UnsafeMutablePointer(up)
        parentIndex = parentIndex.flatMap { nodes[$0].parent }
        depth -= 1
      }
    }
  }
}
