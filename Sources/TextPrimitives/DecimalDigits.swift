/// A number's decimal digits as `String(number)` has them (`-` first when it is negative),
/// written on the stack rather than into a String: hashed by the ledger's fingerprint and
/// written into a page's links a million times each.
public enum DecimalDigits {
  /// The digits of `number`, handed to `body`.
  @inlinable public static func withDigits<Result>(
    of number: Int64, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    // 19 digits and a sign at most; filled from the end.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
      var magnitude = number.magnitude
      var start = buffer.count
      repeat {
        start -= 1
        buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      if number < 0 {
        start -= 1
        buffer[start] = UInt8(ascii: "-")
      }
      return body(UnsafeBufferPointer(rebasing: buffer[start...]))
    }
  }
}
