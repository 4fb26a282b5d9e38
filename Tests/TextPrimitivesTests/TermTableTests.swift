import Testing
import TextPrimitives

@Suite struct TermTableTests {
  func intern(_ word: String, in table: inout TermTable) -> (id: Int32, isNew: Bool) {
    var word = word
    return word.withUTF8 { table.intern($0) }
  }

  @Test func theSameBytesGetTheSameIdThroughEveryGrowth() {
    var table = TermTable()
    // Enough words to grow the slots several times (they start at 1,024, at most half full).
    let words = (0..<5_000).map { "term\($0)" } + ["bridge", "brīdge", "bridges", ""]
    var ids: [Int32] = []
    for word in words {
      let (id, isNew) = intern(word, in: &table)
      #expect(isNew)
      ids.append(id)
    }
    #expect(ids == (0..<Int32(words.count)).map { $0 })
    for (word, id) in zip(words, ids) {
      #expect(intern(word, in: &table) == (id, false))
    }
    #expect(table.hash(of: ids[words.count - 4]) != table.hash(of: ids[words.count - 3]))
    // Looked up without adding: what the extractor's fixed word table does.
    #expect(table.id(of: "term4999") == ids[4999])
    #expect(table.id(of: "term5000") == nil)
  }
}
