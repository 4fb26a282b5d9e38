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

  /// How an element is written, decided where it starts: whether line breaks go between its
  /// children (none of them text) and after it, whether its text is raw, whether it has no end.
  private struct Written {
    var blocks: Bool
    var raw = false
    var void = false
    var lineAfter = true
  }

  func document(_ root: MarkupElement) {
    add("<!DOCTYPE html>\n")
    root.walk(
      from: Written(blocks: true),
      enter: { element, parent in
        let traits = Traits(element.name)
        add("<")
        add(element.name)
        for attribute in element.attributes {
          add(" ")
          add(attribute.name)
          add("=\"")
          escaper.appendAttribute(attribute.value, to: buffer)
          add("\"")
        }
        add(">")
        let blocks = !element.children.contains { if case .element = $0 { false } else { true } }
        // A line break after an element among blocks, where a browser ignores it.
        let written = Written(
          blocks: blocks, raw: traits.raw, void: traits.void, lineAfter: parent.blocks && !traits.inline)
        if traits.void {
          if written.lineAfter { add("\n") }
        } else if blocks, !element.children.isEmpty || element.name == "head", !traits.inline {
          add("\n")
        }
        if element.name == "head" {
          add("<meta charset=\"utf-8\">")
          if blocks { add("\n") }
        }
        return written
      },
      text: { text, written in
        if written.raw {
          // Raw text ends at the first `</`; a style sheet of the project's own never holds one.
          precondition(!text.contains("</"), "raw element text holding `</`")
          add(text)
        } else {
          escaper.withEscapedText(text) { xmlBufferCat(buffer, $0) }
        }
      },
      comment: { text, _ in
        add("<!--")
        add(text.replacingDashPairs())
        add("-->")
      },
      leave: { element, written in
        guard !written.void else { return }
        add("</")
        add(element.name)
        add(">")
        if written.lineAfter { add("\n") }
      })
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
