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

  /// Compact, one line: JSON Lines output is one object per line. Written as bytes and made a
  /// String once (appending to a String piece by piece was a quarter of `extract --format jsonl`).
  func serialized() -> String {
    var out: [UInt8] = []
    out.reserveCapacity(1024)
    write(to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  private func write(to out: inout [UInt8]) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
    case .int(let value): out.append(contentsOf: String(value).utf8)
    case .string(let value): Self.quote(value, into: &out)
    case .array(let values):
      out.append(UInt8(ascii: "["))
      for (i, value) in values.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        value.write(to: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (i, (key, value)) in members.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        Self.quote(key, into: &out)
        out.append(UInt8(ascii: ":"))
        value.write(to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  /// Writes a JSON string: runs of bytes that need no escape are copied whole from the string's
  /// contiguous UTF-8. Escapes are at ASCII bytes and at the lead byte of U+2028 and U+2029, so
  /// every cut falls between scalars.
  private static func quote(_ string: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var string = string
    string.withUTF8 { utf8 in
      var runStart = 0
      var index = 0
      while index < utf8.count {
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
          if index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 {
            escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
            length = 3
          }
        default: break
        }
        if let escape {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
          out.append(contentsOf: escape.utf8)
          index += length
          runStart = index
        } else {
          index += 1
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    out.append(UInt8(ascii: "\""))
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
