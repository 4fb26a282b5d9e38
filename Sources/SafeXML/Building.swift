import CLibXML2

/// An element to serialise: documents are built as values, then written by libxml2, which does
/// all escaping. No markup is ever made by joining strings.
public struct MarkupElement: Sendable, Equatable {
  public var name: String
  public var attributes: [MarkupAttribute]
  public var children: [MarkupContent]

  public init(
    _ name: String, _ attributes: [MarkupAttribute] = [], _ children: [MarkupContent] = []
  ) {
    self.name = name
    self.attributes = attributes
    self.children = children
  }

  /// An element with attributes given as pairs, dropping those whose value is `nil`.
  public init(
    _ name: String, attributes: KeyValuePairs<String, String?>, _ children: [MarkupContent] = []
  ) {
    self.init(
      name, attributes.compactMap { pair in pair.value.map { MarkupAttribute(pair.key, $0) } },
      children)
  }
}

public struct MarkupAttribute: Sendable, Equatable {
  public var name: String
  public var value: String
  public init(_ name: String, _ value: String) {
    self.name = name
    self.value = value
  }
}

public indirect enum MarkupContent: Sendable, Equatable {
  case element(MarkupElement)
  case text(String)
  case comment(String)
}

/// Writes built documents through libxml2.
public enum MarkupWriter {
  /// An XML document in UTF-8 with an XML declaration, indented.
  ///
  /// - Parameter namespace: the default namespace of every element, if any.
  public static func xml(_ root: MarkupElement, namespace: String? = nil) -> String {
    _ = LibXML.ready
    let document = xmlNewDoc("1.0")!
    defer { xmlFreeDoc(document) }
    xmlDocSetRootElement(document, build(root, in: document, namespace: namespace))
    var buffer: UnsafeMutablePointer<xmlChar>? = nil
    var size: Int32 = 0
    xmlDocDumpFormatMemoryEnc(document, &buffer, &size, "UTF-8", 1)
    return takeString(buffer) ?? ""
  }

  /// An HTML5 document: `<!DOCTYPE html>`, raw UTF-8 (no entities for non-ASCII), void elements
  /// without end tags, `<meta charset="utf-8">` first in `<head>` (callers add none).
  ///
  /// Written through ``HTMLStream``, libxml2 escaping every text and attribute value: building
  /// libxml2's tree first, then serialising and freeing it, took three times as long.
  public static func html(_ root: MarkupElement) -> String {
    let page = HTMLStream()
    page.write(root)
    return page.string
  }

  /// Creates libxml2 nodes for the element and its descendants.
  private static func build(_ root: MarkupElement, in document: xmlDocPtr, namespace: String?)
    -> xmlNodePtr
  {
    var top: xmlNodePtr? = nil
    var ns: xmlNsPtr? = nil
    root.walk(
      from: xmlNodePtr?.none,
      enter: { element, parent in
        let node = xmlNewDocNode(document, nil, element.name, nil)!
        if let parent {
          xmlAddChild(parent, node)
        } else {
          top = node
          ns = namespace.map { xmlNewNs(node, $0, nil) }
        }
        if let ns { xmlSetNs(node, ns) }
        // xmlNewProp stores the value as text, escaped on output (xmlNewDocProp would parse `&`).
        for attribute in element.attributes { xmlNewProp(node, attribute.name, attribute.value) }
        return node
      },
      // A text node, never `xmlNewChild` content, which would be read as markup.
      text: { text, node in xmlAddChild(node, xmlNewDocText(document, text)) },
      comment: { text, node in xmlAddChild(node, xmlNewDocComment(document, text.replacingDashPairs())) },
      leave: { _, _ in })
    return top!
  }

  /// The second lock behind the mapping where text enters (``XMLCharacters/mapped(_:)``): a
  /// character XML cannot carry reaching a writer is a programming error, caught by the tests
  /// and the fuzz targets, never written as a document no parser reads back.
  /// The element is named only when the check fails: a large report checks ten million texts.
  static func requireAllowed(_ text: String, in element: @autoclosure () -> String) {
    precondition(
      XMLCharacters.isAllowed(text),
      "a character XML cannot carry reached <\(element())>: text must pass XMLCharacters.mapped where it enters")
  }
}

extension String {
  /// `--` may not appear in an XML comment; a space keeps the words apart without changing them.
  func replacingDashPairs() -> String {
    var result = ""
    for character in self {
      if character == "-", result.last == "-" { result.append(" ") }
      result.append(character)
    }
    return result
  }
}

/// A step of ``MarkupElement/walk(from:enter:text:comment:leave:)``.
private enum WalkStep<Context> {
  case element(MarkupElement, Context)
  case text(String, inside: Context, element: String)
  case comment(String, inside: Context, element: String)
  case end(MarkupElement, Context)
}

extension MarkupElement {
  /// Visits the element and its descendants in document order without recursion (an element's
  /// end comes after all its children), checking every attribute value and text against the
  /// characters XML can carry: the one walk every writer of markup makes. `enter` gets each
  /// element with what its parent's `enter` returned (`outer` for this one) and returns what its
  /// own content gets; `leave` gets the element again with what `enter` returned.
  func walk<Context>(
    from outer: Context, enter: (MarkupElement, Context) -> Context, text: (String, Context) -> Void,
    comment: (String, Context) -> Void, leave: (MarkupElement, Context) -> Void
  ) {
    var steps: [WalkStep<Context>] = [.element(self, outer)]
    while let step = steps.popLast() {
      switch step {
      case .element(let element, let context):
        for attribute in element.attributes { MarkupWriter.requireAllowed(attribute.value, in: element.name) }
        let inside = enter(element, context)
        steps.append(.end(element, inside))
        for child in element.children.reversed() {
          switch child {
          case .element(let child): steps.append(.element(child, inside))
          case .text(let value): steps.append(.text(value, inside: inside, element: element.name))
          case .comment(let value): steps.append(.comment(value, inside: inside, element: element.name))
          }
        }
      case .text(let value, let inside, let element):
        MarkupWriter.requireAllowed(value, in: element)
        text(value, inside)
      case .comment(let value, let inside, let element):
        MarkupWriter.requireAllowed(value, in: element)
        comment(value, inside)
      case .end(let element, let context): leave(element, context)
      }
    }
  }
}
