import GRDB
import TextPrimitives

/// The ledger's fingerprint as it is read: every version's text hash, every statement's group,
/// source, polarity and link, every group's status, every review entry. Each row is hashed on
/// its own and the rows of a table summed, so the fingerprint does not depend on the order
/// rows come in: a report, which reads every statement anyway, adds each as it passes rather
/// than reading the table a second time in id order (2 s of the 100,000-article report).
struct LedgerDigest {
  /// A table's rows as the fingerprint reads them: the columns, and each one's kind (`i`
  /// integers, `s` text), so that each is read as what it is. Reading a million rows as generic
  /// values, then formatting each number as text, took three times as long.
  struct Table {
    let name: String
    let columns: [String]
    let kinds: [Character]
    let position: Int
  }

  static let versions = Table(
    name: "version", columns: ["article_id", "number", "text_hash"], kinds: ["s", "i", "s"], position: 0)
  static let statements = Table(
    name: "statement",
    columns: [
      "id", "article_id", "version", "claim_group", "source_id", "speaker", "negative", "linked_to", "is_current",
    ], kinds: ["i", "s", "i", "i", "i", "s", "i", "i", "i"], position: 1)
  static let groups = Table(name: "claim_group", columns: ["id", "status"], kinds: ["i", "s"], position: 2)
  static let reviews = Table(name: "review", columns: ["id", "undone_by"], kinds: ["i", "i"], position: 3)
  static let tables = [versions, statements, groups, reviews]

  private var sums: [UInt64] = [0, 0, 0, 0]

  /// One row's hash: each value by its kind and its plain text, so the same values give the
  /// same hash however they were read.
  struct RowHash {
    private(set) var value: UInt64

    init(_ table: Table) { value = FNV1a.combine(FNV1a.hash(""), decimal: Int64(table.position)) }

    mutating func add(_ number: Int64?) {
      guard let number else { return value = FNV1a.combine(value, "n") }
      value = FNV1a.combine(FNV1a.combine(value, "i"), decimal: number)
    }

    mutating func add(_ text: String?) {
      guard let text else { return value = FNV1a.combine(value, "n") }
      value = FNV1a.combine(FNV1a.combine(value, "s"), text)
    }
  }

  /// Adds one row of `table`, its columns at `indices` of `row`.
  mutating func add(_ row: Row, of table: Table, at indices: [Int]) {
    var hash = RowHash(table)
    for (index, kind) in zip(indices, table.kinds) {
      if kind == "i" { hash.add(row[index] as Int64?) } else { hash.add(row[index] as String?) }
    }
    add(hash, to: table)
  }

  /// Adds a row hashed by its values (``statements``' from a statement already decoded).
  mutating func add(_ hash: RowHash, to table: Table) {
    sums[table.position] &+= hash.value
  }

  /// Adds the rows another digest summed (on another thread): a sum, whatever the order.
  mutating func add(_ other: LedgerDigest) {
    for position in sums.indices { sums[position] &+= other.sums[position] }
  }

  /// Adds every row of `table`, read from `db`.
  mutating func add(every table: Table, in db: Database) throws {
    let rows = try Row.fetchCursor(db, sql: "SELECT \(table.columns.joined(separator: ", ")) FROM \(table.name)")
    let indices = Array(table.columns.indices)
    while let row = try rows.next() { add(row, of: table, at: indices) }
  }

  /// The fingerprint, as 16 hex digits.
  var fingerprint: String {
    let hash = sums.reduce(FNV1a.hash("")) { FNV1a.combine($0, decimal: Int64(bitPattern: $1)) }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
