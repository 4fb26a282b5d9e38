/// Writes an HTML5 document piece by piece into one byte buffer: elements opened and closed
/// in order, text and attribute values escaped by libxml2 (`&`, `<`, `>`, carriage returns; in
/// attributes also quotation marks, tabs and line breaks), as its serialisers do. Raw UTF-8
/// (no entities for non-ASCII), void elements without end tags, `<meta charset="utf-8">` first
/// in `<head>` (callers add none).
///
/// Pages are written straight from the values they show, with no tree between: the report of a
/// 100,000-article ledger writes some 800 MB of pages, and building each page as
/// ``MarkupElement`` values first, then walking them, took most of its time. A built tree is
/// written through the same calls (``write(_:)``), so both ways give the same bytes.
///
/// Line breaks go only where a browser ignores them: after the start tag of an element that
/// holds only blocks (`ul`, `tr`, `section`), and after the end of every element that is not
/// inline.
///
/// Not `Sendable`: one page, one thread.
public final class HTMLStream {
  /// The page so far, `count` bytes of `capacity`. Plain memory, not a libxml2 buffer (which
  /// grows by exactly what each piece needs, copying a page of 2 MB over and over) nor an array
  /// (whose generic append and exclusivity checks cost more still): a 10,000-article report took
  /// 14.35 G instructions with the first, 15.77 G with the second, 13.47 G with this.
  private var storage: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity = 1 << 16
  private let escaper = TextEscaper()
  /// The elements open, innermost last, each with how it was written.
  private var open: [(name: String, traits: Traits)] = []

  /// A document starting with its `<!DOCTYPE html>` line.
  public init() {
    _ = LibXML.ready
    storage = .allocate(capacity: capacity)
    add("<!DOCTYPE html>\n")
  }

  deinit { storage.deallocate() }

  /// Opens an element that a later ``end()`` closes (a void element needs none).
  public func start(_ name: String, _ attributes: [MarkupAttribute] = []) {
    startTag(name)
    for attribute in attributes { self.attribute(attribute.name, attribute.value) }
    finishStartTag(name)
  }

  /// ``start(_:_:)`` with one attribute, without an array for it.
  public func start(_ name: String, _ attribute: String, _ value: String) {
    startTag(name)
    self.attribute(attribute, value)
    finishStartTag(name)
  }

  /// ``start(_:_:)`` with two attributes.
  public func start(_ name: String, _ attribute: String, _ value: String, _ second: String, _ secondValue: String) {
    startTag(name)
    self.attribute(attribute, value)
    self.attribute(second, secondValue)
    finishStartTag(name)
  }

  /// Closes the innermost open element.
  public func end() {
    guard let (name, traits) = open.popLast() else { preconditionFailure("end() without an open element") }
    add("</")
    add(name)
    add(">")
    if !traits.inline { add("\n") }
  }

  /// Text inside the innermost open element.
  public func text(_ text: String) {
    MarkupWriter.requireAllowed(text, in: open.last?.name ?? "html")
    writeText(text)
  }

  /// ``text(_:)`` for a piece of a longer text given as its UTF-8 bytes, as a page of whole
  /// articles writes it: without a String made of each piece between the marks.
  public func text(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    guard XMLCharacters.firstForbiddenByte(in: bytes) == nil, open.last?.traits.raw != true,
      !bytes.contains(where: Self.escapedInText)
    else {
      text(String(decoding: bytes, as: UTF8.self))
      return
    }
    append(bytes)
  }

  /// ``text(_:)`` once its characters are checked.
  private func writeText(_ text: String) {
    if open.last?.traits.raw == true {
      // Raw text ends at the first `</`; a style sheet of the project's own never holds one.
      precondition(!text.contains("</"), "raw element text holding `</`")
      add(text)
      return
    }
    var text = text
    let plain = text.withUTF8 { bytes in
      guard !bytes.contains(where: Self.escapedInText) else { return false }
      append(bytes)
      return true
    }
    if !plain { escaper.withEscapedTextBytes(text) { append($0) } }
  }

  /// `<name>text</name>`.
  public func element(_ name: String, _ text: String) {
    start(name)
    self.text(text)
    end()
  }

  /// `<name attribute="value">text</name>`.
  public func element(_ name: String, _ attribute: String, _ value: String, _ text: String) {
    start(name, attribute, value)
    self.text(text)
    end()
  }

  /// A built element and its descendants, inside the innermost open one. (The walk checks every
  /// text and attribute value, so they are written unchecked here.)
  public func write(_ element: MarkupElement) {
    element.walk(
      from: (),
      enter: { element, _ in
        startTag(element.name)
        for attribute in element.attributes { writeAttribute(attribute.name, attribute.value) }
        finishStartTag(element.name)
      },
      text: { text, _ in writeText(text) },
      comment: { text, _ in comment(text) },
      leave: { element, _ in if !Traits.of(element.name).void { end() } })
  }

  /// A built piece of content: ``write(_:)-(MarkupElement)`` for an element.
  public func write(_ content: MarkupContent) {
    switch content {
    case .element(let element): write(element)
    case .text(let value): text(value)
    case .comment(let value):
      MarkupWriter.requireAllowed(value, in: open.last?.name ?? "html")
      comment(value)
    }
  }

  private func comment(_ text: String) {
    add("<!--")
    add(text.replacingDashPairs())
    add("-->")
  }

  /// The bytes written, handed to `body` without a copy.
  public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    try body(UnsafeBufferPointer(start: storage, count: count))
  }

  /// What has been written, as a string.
  public var string: String { withBytes { String(decoding: $0, as: UTF8.self) } }

  // MARK: Writing

  /// How HTML treats an element.
  private struct Traits {
    /// No end tag (`br`, `meta`).
    var void = false
    /// A line break beside it would show as a space (`a`, `mark`).
    var inline = false
    /// It holds only other elements, so a line break after its start tag is ignored.
    var holdsBlocks = false
    /// Its text is read raw, never as character references (`style`).
    var raw = false

    /// Found by a binary search over the names' bytes packed in a number, not a switch that
    /// compares the name with each case in turn nor a hashed look-up of the String: a large
    /// report writes millions of elements.
    static func of(_ name: String) -> Traits {
      guard let key = key(name) else { return Traits() }
      var (low, high) = (0, known.count)
      while low < high {
        let middle = (low + high) / 2
        if known[middle].key < key { low = middle + 1 } else { high = middle }
      }
      return low < known.count && known[low].key == key ? known[low].traits : Traits()
    }

    /// A name of up to 8 bytes as one number; nil for a longer one (no element HTML treats
    /// specially has one).
    private static func key(_ name: String) -> UInt64? {
      var name = name
      return name.withUTF8 { bytes in
        guard bytes.count <= 8 else { return nil }
        return bytes.reduce(0) { $0 << 8 | UInt64($1) }
      }
    }

    private static let known: [(key: UInt64, traits: Traits)] = {
      var known: [String: Traits] = [:]
      for name in [
        "a", "span", "mark", "strong", "em", "b", "i", "code", "small", "abbr", "cite", "kbd", "label", "q", "s", "sub",
        "sup", "time", "u", "button", "select",
      ] {
        known[name] = Traits(inline: true)
      }
      for name in ["br", "img", "input"] { known[name] = Traits(void: true, inline: true) }
      for name in ["area", "base", "col", "embed", "hr", "link", "meta", "source", "track", "wbr"] {
        known[name] = Traits(void: true)
      }
      for name in ["style", "script"] { known[name] = Traits(raw: true) }
      for name in [
        "html", "head", "body", "main", "header", "footer", "section", "article", "ul", "ol", "dl", "table", "thead",
        "tbody", "tr", "form", "fieldset",
      ] {
        known[name] = Traits(holdsBlocks: true)
      }
      return known.map { (key($0.key)!, $0.value) }.sorted { $0.key < $1.key }
    }()
  }

  private func startTag(_ name: String) {
    add("<")
    add(name)
  }

  private func attribute(_ name: String, _ value: String) {
    MarkupWriter.requireAllowed(value, in: open.last?.name ?? name)
    writeAttribute(name, value)
  }

  private func writeAttribute(_ name: String, _ value: String) {
    add(" ")
    add(name)
    add("=\"")
    var value = value
    let plain = value.withUTF8 { bytes in
      guard !bytes.contains(where: Self.escapedInAttribute) else { return false }
      append(bytes)
      return true
    }
    if !plain { escaper.withEscapedAttribute(value) { append($0) } }
    add("\"")
  }

  private func finishStartTag(_ name: String) {
    add(">")
    let traits = Traits.of(name)
    if traits.void {
      if !traits.inline { add("\n") }
      return
    }
    if traits.holdsBlocks { add("\n") }
    if name == "head" { add("<meta charset=\"utf-8\">\n") }
    open.append((name, traits))
  }

  /// The bytes libxml2 escapes in text; any other text is copied as it is.
  private static func escapedInText(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == 0x0D
  }

  /// The bytes libxml2 escapes in an attribute value.
  private static func escapedInAttribute(_ byte: UInt8) -> Bool {
    escapedInText(byte) || byte == UInt8(ascii: "\"") || byte == 0x09 || byte == 0x0A
  }

  private func append(_ piece: UnsafeBufferPointer<UInt8>) {
    guard let base = piece.baseAddress else { return }
    if count + piece.count > capacity {
      capacity = max(capacity * 2, count + piece.count)
      let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
      larger.update(from: storage, count: count)
      storage.deallocate()
      storage = larger
    }
    (storage + count).update(from: base, count: piece.count)
    count += piece.count
  }

  private func add(_ text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  private func add(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }
}
