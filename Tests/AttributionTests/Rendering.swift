import ArticleReading

@testable import Attribution

/// Statements rendered one per line, `speaker | kind | cue | content | outlet`, so that a
/// regression shows as a readable diff of whole outputs.
func rendered(_ text: String, furniture: [Range<Int>] = []) -> [String] {
  let article = Article(source: "test.txt", format: .plainText, text: text, furniture: furniture)
  return Extractor.statements(in: article).map(line)
}

func line(_ s: Statement) -> String {
  "\(s.speaker ?? "-") | \(s.speakerKind.rawValue) | \(s.cue) | \(s.content) | \(s.outlet ?? "-")"
}

/// The text a code-point range covers.
func slice(_ text: String, _ range: Range<Int>) -> String {
  let scalars = Array(text.unicodeScalars)
  return String(String.UnicodeScalarView(scalars[range]))
}
