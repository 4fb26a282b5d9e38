import Testing

@testable import TextPrimitives

struct FNV1aTests {
  /// A number hashed by its digits is the number's text hashed: the ledger's fingerprint reads
  /// integers as integers and must not change for it.
  @Test func aNumbersDigitsHashAsItsText() {
    let start = FNV1a.hash("s")
    for number: Int64 in [0, 7, 10, 99, 100, -1, -305, 1_234_567_890, Int64.max, Int64.min, Int64.min + 1] {
      #expect(FNV1a.combine(start, decimal: number) == FNV1a.combine(start, String(number)), "\(number)")
    }
  }
}
