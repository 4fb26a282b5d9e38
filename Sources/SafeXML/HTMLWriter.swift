import CLibXML2

/// Serialises an HTML5 document from ``MarkupElement`` values into a libxml2 buffer: the tags
/// are the values' own names, and libxml2 escapes each text (`&`, `<`, `>`, carriage returns)
/// and attribute value (those, quotation marks, tabs and line breaks), as its tree serialiser
/// does.
struct HTMLWriter: ~Copyable {
  private let buffer: xmlBufferPtr
  private let escaper = TextEscaper()

  init() {
    _ = LibXML.ready
    buffer = xmlBufferCreateSize(1 << 16)!
  }

  deinit {
    xmlBufferFree(buffer)
  }

  /// What has been written, as a string.
  var text: String {
    let count = Int(xmlBufferLength(buffer))
    guard count > 0, let bytes = xmlBufferContent(buffer) else { return "" }
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }

  /// How HTML treats an element, found by one switch rather than set look-ups: a large report
  /// writes millions of elements.
  private struct Traits {
    /// No end tag (`br`, `meta`).
    var void = false
    /// A line break beside it would show as a space (`a`, `mark`).
    var inline = false
    /// Its text is read raw, never as character references (`style`).
    var raw = false

    init(_ name: String) {
      switch name {
      case "a", "span", "mark", "strong", "em", "b", "i", "code", "small", "abbr", "cite", "kbd", "label", "q", "s",
        "sub", "sup", "time", "u", "button", "select":
        inline = true
      case "br", "img", "input": (inline, void) = (true, true)
      case "area", "base", "col", "embed", "hr", "link", "meta", "source", "track", "wbr": void = true
      case "style", "script": raw = true
      default: break
      }
    }
  }

  mutating func document(_ root: MarkupElement) {
    add("<!DOCTYPE html>\n")
    // An explicit stack, never recursion: an element's end comes after all its children.
    enum Step {
      case start(MarkupElement, lineAfter: Bool)
      case text(String, raw: Bool)
      case comment(String)
      case end(String, lineAfter: Bool)
    }
    var steps: [Step] = [.start(root, lineAfter: true)]
    while let step = steps.popLast() {
      switch step {
      case .start(let element, let lineAfter):
        let traits = Traits(element.name)
        add("<")
        add(element.name)
        for attribute in element.attributes {
          MarkupWriter.requireAllowed(attribute.value, in: element.name)
          add(" ")
          add(attribute.name)
          add("=\"")
          escaper.appendAttribute(attribute.value, to: buffer)
          add("\"")
        }
        add(">")
        if traits.void {
          if lineAfter { add("\n") }
          continue
        }
        var children = element.children
        if element.name == "head" {
          children.insert(.element(MarkupElement("meta", [MarkupAttribute("charset", "utf-8")])), at: 0)
        }
        // Line breaks only among elements with no text beside them.
        let blocks = !children.contains { if case .element = $0 { false } else { true } }
        if blocks, !children.isEmpty, !traits.inline { add("\n") }
        steps.append(.end(element.name, lineAfter: lineAfter))
        for child in children.reversed() {
          switch child {
          case .element(let child):
            steps.append(.start(child, lineAfter: blocks && !Traits(child.name).inline))
          case .text(let text):
            MarkupWriter.requireAllowed(text, in: element.name)
            steps.append(.text(text, raw: traits.raw))
          case .comment(let text):
            MarkupWriter.requireAllowed(text, in: element.name)
            steps.append(.comment(text))
          }
        }
      case .text(let text, let raw):
        if raw {
          // Raw text ends at the first `</`; a style sheet of the project's own never holds one.
          precondition(!text.contains("</"), "raw element text holding `</`")
          add(text)
        } else {
          escaper.withEscapedText(text) { xmlBufferCat(buffer, $0) }
        }
      case .comment(let text):
        add("<!--")
        add(text.replacingDashPairs())
        add("-->")
      case .end(let name, let lineAfter):
        add("</")
        add(name)
        add(">")
        if lineAfter { add("\n") }
      }
    }
  }

  private func add(_ text: StaticString) {
    text.withUTF8Buffer { bytes in
      bytes.withMemoryRebound(to: xmlChar.self) { xmlBufferAdd(buffer, $0.baseAddress, Int32($0.count)) }
    }
  }

  private func add(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      bytes.withMemoryRebound(to: xmlChar.self) { xmlBufferAdd(buffer, $0.baseAddress, Int32($0.count)) }
    }
  }
}
