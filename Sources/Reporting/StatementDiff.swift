import Attribution
import Corroboration

/// One statement on one side of a diff, with its status when it comes from a ledger.
public struct DiffStatement: Sendable, Equatable {
  public var statement: Statement
  public var status: ClaimStatus?
  public init(statement: Statement, status: ClaimStatus? = nil) {
    self.statement = statement
    self.status = status
  }
}

/// A change between two versions' statements.
public struct StatementChange: Sendable, Equatable {
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    case added, removed, reworded, reattributed
    case outletChanged = "outlet-changed"
    case statusChanged = "status-changed"
  }

  /// A word-level edit: kept (`=`), removed (`-`) or added (`+`).
  public struct WordEdit: Sendable, Equatable {
    public var op: String
    public var text: String
  }

  public var kind: Kind
  public var old: DiffStatement?
  public var new: DiffStatement?
  /// reworded: a direct quote's words changed.
  public var quoteAltered: Bool = false
  /// reworded: the word-level change.
  public var words: [WordEdit] = []
  /// reattributed: `weakened` (a named source became less identifiable) or `strengthened`.
  public var attribution: String? = nil

  /// How serious the change is for an editor: altered quotes, weakened attribution and removed
  /// statements first.
  public var severity: Int {
    switch kind {
    case .reworded: quoteAltered ? 0 : 4
    case .reattributed: attribution == "weakened" ? 1 : 3
    case .removed: 2
    case .statusChanged: 5
    case .outletChanged: 6
    case .added: 7
    }
  }
}

/// Aligns two versions' statements by speaker and content, tolerant of moved paragraphs and
/// blind to cosmetic edits (white space, quote marks, dashes), and reports each change once.
public enum StatementDiff {
  public static func compare(old: [DiffStatement], new: [DiffStatement]) -> [StatementChange] {
    var oldLeft = Array(old.indices)
    var newLeft = Array(new.indices)
    var changes: [StatementChange] = []

    func take(
      _ match: (DiffStatement, DiffStatement) -> Bool, _ make: (DiffStatement, DiffStatement) -> StatementChange?
    ) {
      for o in oldLeft {
        guard let n = newLeft.first(where: { match(old[o], new[$0]) }) else { continue }
        oldLeft.removeAll { $0 == o }
        newLeft.removeAll { $0 == n }
        if let change = make(old[o], new[n]) { changes.append(change) }
      }
    }

    // 1. The same words: unchanged, or moved to another speaker, kind, outlet or status.
    // (Case too: a full stop turned into a semicolon lowers the next word.)
    take({ normalized($0.statement.content).lowercased() == normalized($1.statement.content).lowercased() }) { a, b in
      if a.statement.speaker != b.statement.speaker || a.statement.speakerKind != b.statement.speakerKind {
        return reattributed(a, b)
      }
      if a.statement.outlet != b.statement.outlet {
        return StatementChange(kind: .outletChanged, old: a, new: b)
      }
      if let before = a.status, let after = b.status, before != after {
        return StatementChange(kind: .statusChanged, old: a, new: b)
      }
      return nil
    }
    // 2. The same speaker, similar words: reworded.
    take({
      $0.statement.speaker == $1.statement.speaker && similarity($0.statement.content, $1.statement.content) >= 0.5
    }) { a, b in
      let edits = wordEdits(a.statement.content, b.statement.content)
      return StatementChange(
        kind: .reworded, old: a, new: b, quoteAltered: a.statement.direct || b.statement.direct, words: edits)
    }
    // 3. Similar words, another speaker: reattributed.
    take({ similarity($0.statement.content, $1.statement.content) >= 0.6 }) { a, b in reattributed(a, b) }

    changes += oldLeft.map { StatementChange(kind: .removed, old: old[$0], new: nil) }
    changes += newLeft.map { StatementChange(kind: .added, old: nil, new: new[$0]) }
    return changes.sorted {
      ($0.severity, position($0)) < ($1.severity, position($1))
    }
  }

  private static func position(_ change: StatementChange) -> Int {
    (change.new ?? change.old)!.statement.contentRange.lowerBound
  }

  private static func reattributed(_ a: DiffStatement, _ b: DiffStatement) -> StatementChange {
    let before = rank(a.statement.speakerKind)
    let after = rank(b.statement.speakerKind)
    let direction = after < before ? "weakened" : (after > before ? "strengthened" : nil)
    return StatementChange(kind: .reattributed, old: a, new: b, attribution: direction)
  }

  /// How identifiable a source is: named people and organisations most, vague sourcing least.
  private static func rank(_ kind: SpeakerKind) -> Int {
    switch kind {
    case .person, .organization: 3
    case .group: 2
    case .anonymous: 1
    case .vague: 0
    }
  }

  /// Content without cosmetic differences: punctuation of any kind (quote marks, dashes, a comma
  /// turned into a dash, a full stop into a semicolon) and white space count as one space
  /// between words; the words and their case stay.
  static func normalized(_ text: String) -> String {
    var out = ""
    var space = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace || isPunctuation(scalar) {
        space = true
        continue
      }
      if space, !out.isEmpty { out += " " }
      space = false
      out.unicodeScalars.append(scalar)
    }
    return out
  }

  private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation:
      true
    default:
      false
    }
  }

  /// The words as written, punctuation attached (what a change shows), without tokens that are
  /// punctuation alone.
  static func words(_ text: String) -> [String] {
    text.split(whereSeparator: \.isWhitespace).map(String.init).filter { !key($0).isEmpty }
  }

  /// What a word is compared by: without punctuation, in lower case.
  static func key(_ word: String) -> String { normalized(word).lowercased() }

  static func similarity(_ a: String, _ b: String) -> Double {
    let x = Set(words(a).map(key))
    let y = Set(words(b).map(key))
    guard !x.isEmpty || !y.isEmpty else { return 1 }
    return Double(x.intersection(y).count) / Double(x.union(y).count)
  }

  /// The word-level change from `a` to `b` (longest common subsequence), runs merged.
  static func wordEdits(_ a: String, _ b: String) -> [StatementChange.WordEdit] {
    let x = words(a)
    let y = words(b)
    let (xKeys, yKeys) = (x.map(key), y.map(key))
    var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in stride(from: x.count - 1, through: 0, by: -1) {
      for j in stride(from: y.count - 1, through: 0, by: -1) {
        table[i][j] = xKeys[i] == yKeys[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var edits: [StatementChange.WordEdit] = []
    func add(_ op: String, _ word: String) {
      if let last = edits.last, last.op == op {
        edits[edits.count - 1].text += " " + word
      } else {
        edits.append(.init(op: op, text: word))
      }
    }
    var i = 0
    var j = 0
    while i < x.count || j < y.count {
      if i < x.count, j < y.count, xKeys[i] == yKeys[j] {
        add("=", y[j]); i += 1; j += 1
      } else if j < y.count, i == x.count || table[i][j + 1] >= table[i + 1][j] {
        add("+", y[j]); j += 1
      } else {
        add("-", x[i]); i += 1
      }
    }
    return edits
  }
}
