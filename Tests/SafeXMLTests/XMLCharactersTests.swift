import Testing

@testable import SafeXML

@Suite struct XMLCharactersTests {
  @Test func exactlyTheCharactersXMLCannotCarryOrHTMLForbidsAreRefused() {
    let refused = (0..<0x20).filter { ![0x09, 0x0A, 0x0D].contains($0) } + Array(0x7F...0x9F) + [0xFFFE, 0xFFFF]
    for value in 0..<0x1_0000 where !(0xD800...0xDFFF).contains(value) {
      let scalar = Unicode.Scalar(UInt32(value))!
      #expect(XMLCharacters.isAllowed(scalar) == !refused.contains(value), "U+\(String(value, radix: 16))")
    }
    #expect(XMLCharacters.isAllowed(Unicode.Scalar(0x1F600)!))
    #expect(XMLCharacters.isAllowed(Unicode.Scalar(0x10FFFF)!))
  }

  @Test func theByteScanAgreesWithTheCodePointTestOnEveryClassAndItsNeighbours() {
    // Each refused class beside the allowed code points that share its first bytes in UTF-8:
    // U+00A0 (C2 A0), U+FFFD (EF BF BD), U+FEFF (EF BB BF).
    let samples: [Unicode.Scalar] = [
      "\u{1B}", "\u{0C}", "\u{0B}", "\u{00}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "\u{FFFD}", "\u{FEFF}",
      "\u{FFFE}", "\u{FFFF}", "\t", "\n", "\r", "a", "é",
    ]
    for scalar in samples {
      for text in ["\(scalar)", "ab\(scalar)", "\(scalar)cd", "Mayor \(scalar) said"] {
        #expect(XMLCharacters.isAllowed(text) == XMLCharacters.isAllowed(scalar), "\(text.debugDescription)")
      }
    }
  }

  /// The scan reads eight bytes at a time through clean text: a forbidden code point is found
  /// at every offset, after line breaks and longer sequences too.
  @Test func theByteScanFindsEveryClassAtEveryOffsetOfALongText() {
    let samples: [Unicode.Scalar] = ["\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{FFFE}", "\u{FFFF}", "\u{0C}"]
    let clean = "The ferry will run all winter, the mayor said.\nFares fall in March — é and “quotes”.\r\n\tEnd."
    #expect(XMLCharacters.isAllowed(clean))
    let scalars = Array(clean.unicodeScalars)
    for sample in samples {
      for offset in 0...scalars.count {
        var text = String.UnicodeScalarView(scalars)
        text.insert(sample, at: text.index(text.startIndex, offsetBy: offset))
        #expect(!XMLCharacters.isAllowed(String(text)), "U+\(String(sample.value, radix: 16)) at \(offset)")
      }
    }
  }

  @Test func mappingReplacesOneForOneAndLeavesCleanTextAlone() {
    let text = "Ann\u{1B} said\u{0C} the\u{85} vote\u{FFFE} was fair\u{FFFF}.\r\n\t“Yes,” she said.\u{7F}"
    let mapped = XMLCharacters.mapped(text)
    #expect(
      mapped == "Ann\u{FFFD} said\u{FFFD} the\u{FFFD} vote\u{FFFD} was fair\u{FFFD}.\r\n\t“Yes,” she said.\u{FFFD}")
    #expect(mapped.unicodeScalars.count == text.unicodeScalars.count)
    #expect(XMLCharacters.mapped("Café “quoted” \u{FEFF}") == "Café “quoted” \u{FEFF}")
    #expect(XMLCharacters.mapped(nil as String?) == nil)
  }

  @Test func aWriterHandedAForbiddenCharacterStopsInsteadOfWritingIt() async {
    await #expect(processExitsWith: .failure) {
      _ = MarkupWriter.xml(MarkupElement("report", [], [.text("an ESC \u{1B} here")]))
    }
    await #expect(processExitsWith: .failure) {
      _ = MarkupWriter.html(MarkupElement("p", [MarkupAttribute("title", "U+FFFF \u{FFFF}")]))
    }
  }
}
