import CLibXML2

/// The result of an XPath expression, as Swift values.
public enum XPathValue: Sendable, Equatable {
  /// Matched nodes, each as its string value (text content, attribute value).
  case nodes([XPathNode])
  case number(Double)
  case string(String)
  case boolean(Bool)
}

/// One node matched by an XPath expression.
public struct XPathNode: Sendable, Equatable {
  /// Element or attribute name; empty for text nodes.
  public var name: String
  /// The node's string value.
  public var value: String
  public var line: Int
}

/// Why an XPath expression could not be evaluated.
public struct XPathError: Error, Sendable, Equatable, CustomStringConvertible {
  public var expression: String
  public var message: String
  public var description: String { "XPath \(expression): \(message)" }
}

extension MarkupDocument {
  /// Evaluates an XPath 1.0 expression against the whole document.
  ///
  /// - Parameter namespaces: prefix → URI pairs the expression may use.
  public func evaluate(_ expression: String, namespaces: [String: String] = [:]) throws(XPathError)
    -> XPathValue
  {
    let collector = DiagnosticCollector()
    let context = xmlXPathNewContext(pointer)!
    defer { xmlXPathFreeContext(context) }
    context.pointee.error = collectError
    context.pointee.userData = collector.opaque
    for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) {
      xmlXPathRegisterNs(context, prefix, uri)
    }
    guard let result = xmlXPathEvalExpression(expression, context) else {
      // libxml2 2.9 reports XPath errors with an empty message: name the code instead.
      let code = collector.diagnostics.first?.code ?? 0
      throw XPathError(expression: expression, message: Self.xpathMessage(code: code))
    }
    defer { xmlXPathFreeObject(result) }
    switch result.pointee.type {
    case XPATH_NUMBER: return .number(result.pointee.floatval)
    case XPATH_BOOLEAN: return .boolean(result.pointee.boolval != 0)
    case XPATH_STRING: return .string(swiftString(result.pointee.stringval) ?? "")
    case XPATH_NODESET:
      var matched: [XPathNode] = []
      if let set = result.pointee.nodesetval, let items = set.pointee.nodeTab {
        for i in 0..<Int(set.pointee.nodeNr) {
          guard let node = items[i] else { continue }
          matched.append(
            XPathNode(
              name: swiftString(node.pointee.name) ?? "",
              value: takeString(xmlNodeGetContent(node)) ?? "",
              line: Int(xmlGetLineNo(node))))
        }
      }
      return .nodes(matched)
    default:
      throw XPathError(expression: expression, message: "result type is not supported")
    }
  }

  private static func xpathMessage(code: Int) -> String {
    switch code {
    case Int(XML_XPATH_EXPR_ERROR.rawValue): return "invalid expression"
    case Int(XML_XPATH_UNFINISHED_LITERAL_ERROR.rawValue): return "unfinished literal"
    case Int(XML_XPATH_UNDEF_PREFIX_ERROR.rawValue): return "undefined namespace prefix"
    case Int(XML_XPATH_UNKNOWN_FUNC_ERROR.rawValue): return "unknown function"
    case Int(XML_XPATH_INVALID_TYPE.rawValue): return "invalid type"
    case Int(XML_XPATH_INVALID_ARITY.rawValue): return "wrong number of arguments"
    default: return "evaluation failed (libxml2 code \(code))"
    }
  }
}
