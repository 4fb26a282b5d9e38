import ArticleReading
import TextPrimitives

/// Values by term, each term looked up by its UTF-8 in a ``TermTable`` (FNV-1a over the bytes: no
/// String made for a token's bytes, no seeded hash). The word table, the given names, the cue
/// phrases by their first word and the genders of an article's names are each one.
struct TermMap<Value> {
  private var terms: TermTable
  private var values: [Value] = []

  /// Room for `terms` terms before the table grows.
  init(terms: Int = 512) { self.terms = TermTable(terms: terms) }

  subscript(utf8: UnsafeBufferPointer<UInt8>) -> Value? { terms.id(of: utf8).map { values[Int($0)] } }

  subscript(term: String) -> Value? { terms.id(of: term).map { values[Int($0)] } }

  /// Every term's UTF-8 and value, in the order the terms came.
  func forEach(_ body: (UnsafeBufferPointer<UInt8>, Value) -> Void) {
    for (index, value) in values.enumerated() { terms.withTerm(Int32(index)) { body($0, value) } }
  }

  /// Gives `term` the value `change` makes of the one it has (of `initial`, for a new term).
  mutating func update(_ term: String, initial: Value, _ change: (inout Value) -> Void) {
    var bytes = term
    let (id, isNew) = bytes.withUTF8 { terms.intern($0) }
    if isNew { values.append(initial) }
    change(&values[Int(id)])
  }

  /// Sets (or, told again, replaces) a term's value.
  mutating func set(_ term: String, to value: Value) { update(term, initial: value) { $0 = value } }
}

extension TermMap: Sendable where Value: Sendable {}
