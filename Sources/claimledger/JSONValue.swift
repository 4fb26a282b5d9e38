import ArticleReading

/// A JSON value with its keys in the order written, so that output is deterministic and reads
/// in a sensible order (JSONSerialization neither keeps order nor writes `null` for nil).
enum JSONValue {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

  /// Compact, one line: JSON Lines output is one object per line.
  func serialized() -> String {
    var out = ""
    write(to: &out)
    return out
  }

  private func write(to out: inout String) {
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .int(let value): out += String(value)
    case .string(let value): Self.quote(value, into: &out)
    case .array(let values):
      out += "["
      for (i, value) in values.enumerated() {
        if i > 0 { out += "," }
        value.write(to: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (i, (key, value)) in members.enumerated() {
        if i > 0 { out += "," }
        Self.quote(key, into: &out)
        out += ":"
        value.write(to: &out)
      }
      out += "}"
    }
  }

  /// Writes a JSON string: runs of bytes that need no escape are copied whole (appending scalar
  /// by scalar was a third of `extract --format jsonl`). Escapes are at ASCII bytes and at the
  /// lead byte of U+2028 and U+2029, so every cut falls between scalars.
  private static func quote(_ string: String, into out: inout String) {
    out += "\""
    let utf8 = string.utf8
    var runStart = utf8.startIndex
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      var escape: String? = nil
      var length = 1
      switch byte {
      case UInt8(ascii: "\""): escape = "\\\""
      case UInt8(ascii: "\\"): escape = "\\\\"
      case UInt8(ascii: "\n"): escape = "\\n"
      case UInt8(ascii: "\r"): escape = "\\r"
      case UInt8(ascii: "\t"): escape = "\\t"
      case 0..<0x20:
        let hex = String(byte, radix: 16)
        escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      case 0xE2:
        // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end lines in JavaScript.
        let next = utf8.index(after: index)
        if next < utf8.endIndex, utf8[next] == 0x80 {
          let last = utf8.index(after: next)
          if last < utf8.endIndex, utf8[last] == 0xA8 || utf8[last] == 0xA9 {
            escape = utf8[last] == 0xA8 ? "\\u2028" : "\\u2029"
            length = 3
          }
        }
      default: break
      }
      if let escape {
        out += Substring(utf8[runStart..<index])
        out += escape
        index = utf8.index(index, offsetBy: length)
        runStart = index
      } else {
        index = utf8.index(after: index)
      }
    }
    out += Substring(utf8[runStart..<utf8.endIndex])
    out += "\""
  }

  static func metadata(_ metadata: ArticleMetadata) -> JSONValue {
    .object([
      ("title", .string(metadata.title)),
      ("outlet", .string(metadata.outlet)),
      ("authors", .array(metadata.authors.map { .string($0) })),
      ("published", .string(metadata.published)),
      ("modified", .string(metadata.modified)),
      ("url", .string(metadata.url)),
      ("language", .string(metadata.language)),
    ])
  }
}
