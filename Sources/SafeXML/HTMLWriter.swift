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
  /// The page so far and the elements open, in memory of its own that only this stream's
  /// methods touch, one at a time: reached through a pointer, it is read and written without
  /// the exclusivity checks Swift makes on a class's variables (their calls took 0.27 G of a
  /// 10,000-article report's 11.6 G instructions).
  private struct State {
    /// `count` bytes written of `capacity`. Plain memory, not a libxml2 buffer (which grows by
    /// exactly what each piece needs, copying a page of 2 MB over and over) nor an array (whose
    /// generic append costs more still): a 10,000-article report took 14.35 G instructions with
    /// the first, 15.77 G with the second, 13.47 G with this.
    var storage: UnsafeMutablePointer<UInt8>
    var count = 0
    var capacity: Int
    /// The elements open, innermost last, each with how it was written.
    var open: [OpenElement] = []
    /// The names of the built elements among them, innermost last.
    var builtNames: [String] = []
    /// The traits of the last literal names seen, by the address of their bytes (a page uses a
    /// dozen names, each a million times; the search of ``Traits/of(_:)`` took 2 % of a large
    /// report's instructions).
    var seen = [(address: UInt, traits: Traits)](repeating: (0, Traits()), count: 16)
  }

  /// An open element: its name, the caller's literal (nil for a built element's, kept apart in
  /// `builtNames`), and how it was written. Nothing in it is reference-counted, so opening and
  /// closing an element copies two words.
  private struct OpenElement {
    var literal: StaticString?
    var traits: Traits
  }

  private let state: UnsafeMutablePointer<State>
  private let escaper = TextEscaper()

  /// A document starting with its `<!DOCTYPE html>` line.
  public init() {
    _ = LibXML.ready
    let capacity = 1 << 16
    state = .allocate(capacity: 1)
    state.initialize(to: State(storage: .allocate(capacity: capacity), capacity: capacity))
    add("<!DOCTYPE html>\n")
  }

  deinit {
    state.pointee.storage.deallocate()
    state.deinitialize(count: 1)
    state.deallocate()
  }

  /// Opens an element that a later ``end()`` closes (a void element needs none).
  public func start(_ name: StaticString) {
    name.withUTF8Buffer(startTag)
    finishStartTag(name)
  }

  /// ``start(_:)`` with an attribute.
  public func start(_ name: StaticString, _ attribute: StaticString, _ value: String) {
    name.withUTF8Buffer(startTag)
    self.attribute(attribute, value, of: name)
    finishStartTag(name)
  }

  /// ``start(_:)`` with two attributes.
  public func start(
    _ name: StaticString, _ attribute: StaticString, _ value: String, _ second: StaticString, _ secondValue: String
  ) {
    name.withUTF8Buffer(startTag)
    self.attribute(attribute, value, of: name)
    self.attribute(second, secondValue, of: name)
    finishStartTag(name)
  }

  /// ``start(_:_:_:)`` with a value of the page's own making, written as it is.
  public func start(_ name: StaticString, _ attribute: StaticString, _ value: ShortText) {
    name.withUTF8Buffer(startTag)
    self.attribute(attribute, value)
    finishStartTag(name)
  }

  /// ``start(_:_:_:_:_:)`` with the second value of the page's own making.
  public func start(
    _ name: StaticString, _ attribute: StaticString, _ value: String, _ second: StaticString, _ secondValue: ShortText
  ) {
    name.withUTF8Buffer(startTag)
    self.attribute(attribute, value, of: name)
    self.attribute(second, secondValue)
    finishStartTag(name)
  }

  /// ``start(_:_:_:_:_:)`` with the first value of the page's own making.
  public func start(
    _ name: StaticString, _ attribute: StaticString, _ value: ShortText, _ second: StaticString, _ secondValue: String
  ) {
    name.withUTF8Buffer(startTag)
    self.attribute(attribute, value)
    self.attribute(second, secondValue, of: name)
    finishStartTag(name)
  }

  /// Closes the innermost open element.
  public func end() {
    guard let element = state.pointee.open.popLast() else { preconditionFailure("end() without an open element") }
    let close: StaticString = element.traits.inline ? ">" : ">\n"
    if let name = element.literal {
      name.withUTF8Buffer { append("</", $0, close) }
    } else {
      var name = state.pointee.builtNames.removeLast()
      name.withUTF8 { append("</", $0, close) }
    }
  }

  /// Text inside the innermost open element.
  public func text(_ text: String) {
    if let plain = text.utf8.withContiguousStorageIfAvailable({ writeText($0) }) {
      if !plain { escapeText(text) }
      return
    }
    var text = text
    if !text.withUTF8({ writeText($0) }) { escapeText(text) }
  }

  /// Text of the page's own making, written as it is.
  public func text(_ text: ShortText) {
    text.withUTF8 { append($0) }
  }

  /// ``text(_:)`` for a piece of a longer text given as its UTF-8 bytes, as a page of whole
  /// articles writes it: without a String made of each piece between the marks.
  public func text(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    if !writeText(bytes) { escapeText(String(decoding: bytes, as: UTF8.self)) }
  }

  /// Checks a text's bytes and writes them when nothing in them needs escaping (nearly
  /// always); false when something does, for ``escapeText(_:)`` to write.
  private func writeText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let plain = Self.isPlain(bytes, quotes: false, in: innermost)
    if state.pointee.open.last?.traits.raw == true {
      // Raw text ends at the first `</`; a style sheet of the project's own never holds one.
      precondition(
        !bytes.indices.contains {
          bytes[$0] == UInt8(ascii: "<") && $0 + 1 < bytes.count && bytes[$0 + 1] == UInt8(ascii: "/")
        },
        "raw element text holding `</`")
      append(bytes)
      return true
    }
    guard plain else { return false }
    append(bytes)
    return true
  }

  /// Whether text or an attribute value (`quotes`) can be copied as it is: no byte that libxml2
  /// escapes in it. A code point XML cannot carry traps (a programming error: text is mapped
  /// where it enters). One pass, eight bytes at a time while they are printable ASCII other
  /// than `&`, `<`, `>` (and `"`): a byte at a time, the two checks (and the call to reach a
  /// String's bytes for each) were 7 % of a large report's instructions.
  private static func isPlain(
    _ bytes: UnsafeBufferPointer<UInt8>, quotes: Bool, in element: @autoclosure () -> String
  ) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    /// The high bit of each byte of `word` that is zero.
    func zeros(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }
    var (index, plain, unusual) = (0, true, false)
    while index < bytes.count, plain {
      if index + 8 <= bytes.count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        // Bytes from 0x7F up, controls, `&`, and `<` or `>` (which differ in one bit).
        var flagged = (word | (word &+ ones)) & highs
        flagged |= (word &- ones &* 0x20) & ~word & highs
        flagged |= zeros(word ^ (ones &* 0x26)) | zeros((word | (ones &* 0x02)) ^ (ones &* 0x3E))
        if quotes { flagged |= zeros(word ^ (ones &* 0x22)) }
        if flagged == 0 {
          index += 8
          continue
        }
      }
      // One byte, then eight again.
      let byte = bytes[index]
      if byte < 0x20 || byte >= 0x7F { unusual = true }
      if quotes ? escapedInAttribute(byte) : escapedInText(byte) { plain = false }
      index += 1
    }
    if unusual || !plain {
      precondition(
        XMLCharacters.firstForbiddenByte(in: bytes) == nil,
        "a character XML cannot carry reached <\(element())>: text must pass XMLCharacters.mapped where it enters")
    }
    return plain
  }

  /// Text that needs escaping, escaped by libxml2.
  private func escapeText(_ text: String) {
    escaper.withEscapedTextBytes(text) { append($0) }
  }

  /// The innermost open element's name, for a message.
  private var innermost: String {
    guard let element = state.pointee.open.last else { return "html" }
    return element.literal?.description ?? state.pointee.builtNames.last!
  }

  /// `<name>text</name>`.
  public func element(_ name: StaticString, _ text: String) {
    start(name)
    self.text(text)
    end()
  }

  /// `<name attribute="value">text</name>`.
  public func element(_ name: StaticString, _ attribute: StaticString, _ value: String, _ text: String) {
    start(name, attribute, value)
    self.text(text)
    end()
  }

  /// ``element(_:_:_:_:)`` with a value of the page's own making.
  public func element(_ name: StaticString, _ attribute: StaticString, _ value: ShortText, _ text: String) {
    start(name, attribute, value)
    self.text(text)
    end()
  }

  /// A built element and its descendants, inside the innermost open one.
  public func write(_ element: MarkupElement) {
    element.walk(
      from: (),
      enter: { element, _ in
        var name = element.name
        name.withUTF8(startTag)
        for attribute in element.attributes {
          var (name, value) = (attribute.name, attribute.value)
          name.withUTF8 { name in value.withUTF8 { writeAttribute(name, $0, of: element.name) } }
        }
        finishStartTag(built: element.name)
      },
      text: { text, _ in self.text(text) },
      comment: { text, _ in comment(text) },
      leave: { element, _ in
        var name = element.name
        if !name.withUTF8({ Traits.of($0) }).void { end() }
      })
  }

  /// A built piece of content: ``write(_:)-(MarkupElement)`` for an element.
  public func write(_ content: MarkupContent) {
    switch content {
    case .element(let element): write(element)
    case .text(let value): text(value)
    case .comment(let value):
      MarkupWriter.requireAllowed(value, in: innermost)
      comment(value)
    }
  }

  private func comment(_ text: String) {
    add("<!--")
    add(string: text.replacingDashPairs())
    add("-->")
  }

  /// The bytes written, handed to `body` without a copy.
  public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    try body(UnsafeBufferPointer(start: state.pointee.storage, count: state.pointee.count))
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
    static func of(_ name: UnsafeBufferPointer<UInt8>) -> Traits {
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
    private static func key(_ name: UnsafeBufferPointer<UInt8>) -> UInt64? {
      guard name.count <= 8 else { return nil }
      return name.reduce(0) { $0 << 8 | UInt64($1) }
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
      return known.map { entry in
        var name = entry.key
        return (name.withUTF8 { key($0)! }, entry.value)
      }.sorted { $0.key < $1.key }
    }()
  }

  private func startTag(_ name: UnsafeBufferPointer<UInt8>) {
    append("<", name, "")
  }

  private func attribute(_ name: StaticString, _ value: String, of element: StaticString) {
    var value = value
    value.withUTF8 { bytes in name.withUTF8Buffer { writeAttribute($0, bytes, of: element.description) } }
  }

  private func attribute(_ name: StaticString, _ value: ShortText) {
    name.withUTF8Buffer { name in
      append(" ", name, "=\"")
      value.withUTF8 { append("", $0, "\"") }
    }
  }

  private func writeAttribute(
    _ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>, of element: @autoclosure () -> String
  ) {
    append(" ", name, "=\"")
    if Self.isPlain(value, quotes: true, in: element()) {
      append("", value, "\"")
    } else {
      escaper.withEscapedAttribute(String(decoding: value, as: UTF8.self)) { append("", $0, "\"") }
    }
  }

  private func finishStartTag(_ name: StaticString) {
    if let traits = finishStartTag(name.withUTF8Buffer { $0 }, traits: traits(of: name)) {
      state.pointee.open.append(OpenElement(literal: name, traits: traits))
    }
  }

  private func traits(of name: StaticString) -> Traits {
    guard name.hasPointerRepresentation else { return name.withUTF8Buffer(Traits.of) }
    let address = UInt(bitPattern: name.utf8Start)
    let slot = Int(truncatingIfNeeded: address >> 2) & 15
    if state.pointee.seen[slot].address == address { return state.pointee.seen[slot].traits }
    let traits = name.withUTF8Buffer(Traits.of)
    state.pointee.seen[slot] = (address, traits)
    return traits
  }

  private func finishStartTag(built name: String) {
    var name = name
    if let traits = name.withUTF8({ finishStartTag($0, traits: Traits.of($0)) }) {
      state.pointee.open.append(OpenElement(literal: nil, traits: traits))
      state.pointee.builtNames.append(name)
    }
  }

  /// Ends a start tag; the element's traits when it is left open (not a void element).
  private func finishStartTag(_ name: UnsafeBufferPointer<UInt8>, traits: Traits) -> Traits? {
    if traits.void {
      add(traits.inline ? ">" : ">\n")
      return nil
    }
    add(traits.holdsBlocks ? ">\n" : ">")
    if traits.holdsBlocks, name.count == 4, name.elementsEqual("head".utf8) { add("<meta charset=\"utf-8\">\n") }
    return traits
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
    reserve(piece.count).update(from: base, count: piece.count)
  }

  /// `prefix`, `piece` and `suffix` in one go (`</`, a name, `>`): most pieces of a page are a
  /// few bytes, and each append's own work cost more than copying them.
  private func append(_ prefix: StaticString, _ piece: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) {
    // (`withUTF8Buffer`, not `utf8Start`: a one-character literal may be held as a scalar.)
    prefix.withUTF8Buffer { prefix in
      suffix.withUTF8Buffer { suffix in
        let at = reserve(prefix.count + piece.count + suffix.count)
        for index in prefix.indices { at[index] = prefix[index] }
        if let base = piece.baseAddress { (at + prefix.count).update(from: base, count: piece.count) }
        for index in suffix.indices { at[prefix.count + piece.count + index] = suffix[index] }
      }
    }
  }

  /// Room for `count` more bytes, counted as written: where to write them.
  private func reserve(_ count: Int) -> UnsafeMutablePointer<UInt8> {
    let page = state
    if page.pointee.count + count > page.pointee.capacity {
      let capacity = max(page.pointee.capacity * 2, page.pointee.count + count)
      let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
      larger.update(from: page.pointee.storage, count: page.pointee.count)
      page.pointee.storage.deallocate()
      page.pointee.storage = larger
      page.pointee.capacity = capacity
    }
    let at = page.pointee.storage + page.pointee.count
    page.pointee.count += count
    return at
  }

  private func add(_ text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  /// (Named apart from ``add(_:)``: a literal argument would take the `String` one.)
  private func add(string text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }
}
