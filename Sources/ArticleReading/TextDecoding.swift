import Foundation

/// Turns a file's bytes into text, or says precisely why they are not text.
enum TextDecoding {
  /// Plain text: UTF-8 with or without a byte-order mark, or UTF-16 with one. The BOM is dropped;
  /// nothing else is changed, line endings included.
  static func plainText(_ bytes: [UInt8]) throws(ReadingError.Problem) -> String {
    if let utf16 = try utf16WithBOM(bytes) { return utf16 }
    try refuseBinary(bytes)
    let body = bytes.starts(with: utf8BOM) ? bytes[3...] : bytes[...]
    // Validated once, by the String it becomes; the offset is looked for only when it fails.
    if let text = String(validating: body, as: UTF8.self) { return text }
    throw .notUTF8(offset: (firstInvalidUTF8Offset(body) ?? 0) + (bytes.count - body.count))
  }

  /// An HTML page: the charset of a BOM, else of a `<meta>` declaration, else UTF-8 when the bytes
  /// are valid UTF-8, else windows-1252, as browsers guess.
  static func html(_ bytes: [UInt8]) throws(ReadingError.Problem) -> String {
    if let utf16 = try utf16WithBOM(bytes) { return utf16 }
    try refuseBinary(bytes)
    let body = bytes.starts(with: utf8BOM) ? bytes[3...] : bytes[...]
    let declared = declaredCharset(body)
    if let declared, let encoding = legacyEncodings[declared] {
      guard let text = String(data: Data(body), encoding: encoding) else {
        throw .undecodable(encoding: declared)
      }
      return text
    }
    if let offset = firstInvalidUTF8Offset(body) {
      if declared != nil { throw .notUTF8(offset: offset + (bytes.count - body.count)) }
      return String(data: Data(body), encoding: .windowsCP1252) ?? String(decoding: body, as: UTF8.self)
    }
    return String(decoding: body, as: UTF8.self)
  }

  private static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

  private static func utf16WithBOM(_ bytes: [UInt8]) throws(ReadingError.Problem) -> String? {
    let encoding: String.Encoding
    if bytes.starts(with: [0xFF, 0xFE]) {
      encoding = .utf16LittleEndian
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      encoding = .utf16BigEndian
    } else {
      return nil
    }
    let body = Data(bytes[2...])
    guard body.count % 2 == 0, let text = String(data: body, encoding: encoding) else {
      throw .undecodable(encoding: "UTF-16 (its byte-order mark says so)")
    }
    return text
  }

  /// Known binary formats by their first bytes, then any NUL byte near the start: no article
  /// text in UTF-8 contains one.
  private static func refuseBinary(_ bytes: [UInt8]) throws(ReadingError.Problem) {
    let signatures: [(bytes: [UInt8], kind: String)] = [
      ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
      (Array("GIF8".utf8), "a GIF image"), (Array("%PDF".utf8), "a PDF document"),
      ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"), ([0x1F, 0x8B], "a gzip archive"),
      ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
      (Array("SQLite format 3".utf8), "an SQLite database"),
    ]
    if let match = signatures.first(where: { bytes.starts(with: $0.bytes) }) {
      throw .binary(match.kind)
    }
    let head = bytes.prefix(256)
    if head.count >= 8 {
      var (evens, odds) = (0, 0)
      for (offset, byte) in head.enumerated() where byte == 0 {
        if offset % 2 == 0 { evens += 1 } else { odds += 1 }
      }
      // Three quarters of one half of the bytes are NULs, and none of the other half: ASCII
      // text in UTF-16.
      let half = head.count / 2
      if max(evens, odds) * 4 >= half * 3, min(evens, odds) == 0 {
        throw .binary("UTF-16 without a byte-order mark; save it as UTF-8")
      }
    }
    // (memchr: the generic search read a byte at a time through the collection.)
    let nulOffset = bytes.withUnsafeBufferPointer { buffer -> Int? in
      guard let base = buffer.baseAddress, let found = memchr(base, 0, min(buffer.count, 65_536)) else { return nil }
      return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
    if let nul = nulOffset {
      throw .binary("binary data: a NUL byte at offset \(nul)")
    }
  }

  /// The byte offset of the first byte that breaks UTF-8, or `nil` when all is valid.
  static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
    let start = bytes.startIndex
    var i = start
    let end = bytes.endIndex
    while i < end {
      let lead = bytes[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      let length: Int
      let minimum: UInt32
      switch lead {
      case 0xC2...0xDF: length = 2; minimum = 0x80
      case 0xE0...0xEF: length = 3; minimum = 0x800
      case 0xF0...0xF4: length = 4; minimum = 0x10000
      default: return i - start
      }
      guard i + length <= end else { return i - start }
      var scalar = UInt32(lead) & (0xFF >> (length + 1))
      for k in 1..<length {
        let next = bytes[i + k]
        guard next & 0xC0 == 0x80 else { return i - start }
        scalar = scalar << 6 | UInt32(next & 0x3F)
      }
      if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
        return i - start
      }
      i += length
    }
    return nil
  }

  /// The charset a page declares in its first 4 KB (`<meta charset=…>` or `http-equiv`),
  /// lower-cased, with windows-1252's aliases folded into it.
  static func declaredCharset(_ bytes: ArraySlice<UInt8>) -> String? {
    let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
    guard let range = head.range(of: "charset=") else { return nil }
    var label = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
      .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    if label.isEmpty { return nil }
    if ["iso-8859-1", "latin1", "us-ascii", "ascii", "cp1252", "iso8859-1"].contains(String(label)) {
      label = "windows-1252"
    }
    return String(label)
  }

  private static let legacyEncodings: [String: String.Encoding] = [
    "windows-1252": .windowsCP1252, "windows-1250": .windowsCP1250,
    "windows-1251": .windowsCP1251, "iso-8859-2": .isoLatin2, "shift_jis": .shiftJIS,
    "euc-jp": .japaneseEUC, "utf-16": .utf16,
  ]
}
