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

  private static func quote(_ string: String, into out: inout String) {
    out += "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
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
