import TextPrimitives

/// A short attribute value or text of the page's own making, a link or an anchor
/// (`articles-3.html#st-42`, `g-17`), built on the stack from literals and numbers and written
/// straight into a page by ``HTMLStream``. A large report writes a few million of these; made
/// by String interpolation they took 6 % of its instructions.
///
/// It holds at most ``capacity`` bytes of printable ASCII that nothing escapes (no `&`, `<`,
/// `>` or `"`): a longer one, or any other byte, is a programming error. Text of anyone else's
/// making (an article id, a speaker) goes in a String.
public struct ShortText {
  public static let capacity = 64
  private var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
  private var count = 0

  public init(_ literal: StaticString) { append(literal) }

  /// (A literal is checked in debug builds only: the tests write every one the report has.)
  public mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes in
      assert(bytes.allSatisfy(Self.isAllowed), "a ShortText holds only printable ASCII that nothing escapes")
      append(bytes)
    }
  }

  /// A word of the caller's own (a status's name), checked.
  public mutating func append(word: String) {
    var word = word
    word.withUTF8 { bytes in
      precondition(bytes.allSatisfy(Self.isAllowed), "a ShortText holds only printable ASCII that nothing escapes")
      append(bytes)
    }
  }

  private static func isAllowed(_ byte: UInt8) -> Bool {
    byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<")
      && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "\"")
  }

  /// A number's decimal digits, `-` first when it is negative.
  public mutating func append(_ number: Int64) {
    DecimalDigits.withDigits(of: number) { append($0) }
  }

  public mutating func append(_ number: Int) { append(Int64(number)) }

  private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    precondition(count + bytes.count <= Self.capacity, "a ShortText longer than \(Self.capacity) bytes")
    guard let base = bytes.baseAddress else { return }
    withUnsafeMutableBytes(of: &storage) { raw in
      (raw.baseAddress! + count).copyMemory(from: base, byteCount: bytes.count)
    }
    count += bytes.count
  }

  /// The bytes, handed to `body`.
  func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    var copy = storage
    let count = count
    return withUnsafeBytes(of: &copy) { raw in
      body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
    }
  }

  /// The text as a String (for the pages that want one, and for tests).
  public var string: String { withUTF8 { String(decoding: $0, as: UTF8.self) } }
}
