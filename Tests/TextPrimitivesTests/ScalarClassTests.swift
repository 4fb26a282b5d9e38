import Testing
import TextPrimitives

/// The code-point scans that read several at a time: every length around a multiple of eight,
/// with the thing looked for (or the code point beyond ASCII) at every position, against the
/// plain one-at-a-time answer.
@Suite struct ScalarClassTests {
  /// `count` code points of ASCII prose, with `special` at `position` (if any).
  func text(_ count: Int, _ special: Unicode.Scalar? = nil, at position: Int? = nil) -> [Unicode.Scalar] {
    var scalars = (0..<count).map { Unicode.Scalar(UInt8(ascii: "a") + UInt8($0 % 26)) }
    if let special, let position { scalars[position] = special }
    return scalars
  }

  @Test func lineBreaksAreFoundFromEveryStart() {
    for count in 0...20 {
      for position in [nil] + (0..<count).map(Optional.some) {
        let scalars = text(count, "\n", at: position)
        for start in 0...count {
          let expected = scalars[start...].firstIndex(of: "\n") ?? count
          #expect(
            ScalarClass.nextLineBreak(in: scalars, from: start) == expected,
            "\(count) \(String(describing: position)) \(start)")
        }
      }
    }
  }

  /// Code points with a line break's byte inside them (`U+010A`, `U+0A0A`, `U+0A00`) are no line
  /// break, wherever they stand before or after one.
  @Test func codePointsHoldingALineBreaksByteAreNoLineBreak() {
    for impostor in ["\u{010A}", "\u{0A0A}", "\u{0A00}", "\u{A0A0A}"] as [Unicode.Scalar] {
      for count in 1...12 {
        for position in 0..<count {
          var scalars = text(count, impostor, at: position)
          #expect(ScalarClass.nextLineBreak(in: scalars, from: 0) == count)
          scalars.append("\n")
          scalars.append(impostor)
          for start in 0...scalars.count {
            let expected = scalars[start...].firstIndex(of: "\n") ?? scalars.count
            #expect(ScalarClass.nextLineBreak(in: scalars, from: start) == expected)
          }
        }
      }
    }
  }

  @Test func spansAreTheirTextWhereverTheyStartAndWhateverTheyHold() {
    for count in 0...20 {
      for special in ["é", "“", "😀"] as [Unicode.Scalar] {
        for position in [nil] + (0..<count).map(Optional.some) {
          let scalars = text(count, special, at: position)
          for start in [0, min(1, count), min(5, count)] {
            let slice = scalars[start...]
            #expect(ScalarClass.string(slice) == String(String.UnicodeScalarView(slice)))
          }
        }
      }
    }
  }

  @Test func textsDecodeToTheirCodePointsWhereverTheASCIIRunsBreak() {
    for count in 0...20 {
      for special in ["é", "“", "😀"] as [Unicode.Scalar] {
        for position in [nil] + (0..<count).map(Optional.some) {
          let string = String(String.UnicodeScalarView(text(count, special, at: position)))
          #expect(ScalarClass.scalars(of: string) == Array(string.unicodeScalars))
        }
      }
    }
  }

  /// The space test's mask against the list it stands for, at every ASCII code point.
  @Test func asciiSpacesAreTheSixWhitespaceCharacters() {
    for value in UInt8(0)..<128 {
      let c = Unicode.Scalar(value)
      let expected = c == " " || c == "\n" || c == "\t" || c == "\r" || value == 0x0B || value == 0x0C
      #expect(ScalarClass.isSpace(c) == expected, "U+\(String(value, radix: 16))")
    }
  }
}
