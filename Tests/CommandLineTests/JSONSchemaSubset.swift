import Foundation

/// Validates JSON values against the subset of JSON Schema our schemas use (`type`, `enum`,
/// `required`, `properties`, `items`, `minItems`, `maxItems`, `minimum`), returning every
/// violation as a path and a message.
enum JSONSchemaSubset {
  static func violations(of value: Any, against schema: [String: Any], at path: String = "$") -> [String] {
    var found: [String] = []
    if let types = schema["type"] {
      let allowed = (types as? [String]) ?? [types as! String]
      if !allowed.contains(where: { matches(value, type: $0) }) {
        found.append("\(path): expected \(allowed.joined(separator: " or "))")
        return found
      }
    }
    if let options = schema["enum"] as? [Any], !options.contains(where: { ($0 as? NSObject)?.isEqual(value) == true }) {
      found.append("\(path): not one of \(options)")
    }
    if let minimum = schema["minimum"] as? Double, let number = value as? NSNumber, number.doubleValue < minimum {
      found.append("\(path): below \(minimum)")
    }
    if let object = value as? [String: Any] {
      for key in schema["required"] as? [String] ?? [] where object[key] == nil {
        found.append("\(path): missing \(key)")
      }
      for (key, sub) in schema["properties"] as? [String: [String: Any]] ?? [:] {
        if let member = object[key] { found += violations(of: member, against: sub, at: "\(path).\(key)") }
      }
    }
    if let array = value as? [Any] {
      if let min = schema["minItems"] as? Int, array.count < min { found.append("\(path): fewer than \(min) items") }
      if let max = schema["maxItems"] as? Int, array.count > max { found.append("\(path): more than \(max) items") }
      if let items = schema["items"] as? [String: Any] {
        for (i, item) in array.enumerated() { found += violations(of: item, against: items, at: "\(path)[\(i)]") }
      }
    }
    return found
  }

  /// JSONSerialization hands booleans over as NSNumbers of Objective-C type `c`.
  private static func isBoolean(_ number: NSNumber) -> Bool { String(cString: number.objCType) == "c" }

  private static func matches(_ value: Any, type: String) -> Bool {
    switch type {
    case "null": return value is NSNull
    case "string": return value is String
    case "boolean": return (value as? NSNumber).map(isBoolean) ?? false
    case "integer":
      guard let n = value as? NSNumber, !isBoolean(n) else { return false }
      return n.doubleValue == n.doubleValue.rounded()
    case "number": return value is NSNumber
    case "array": return value is [Any]
    case "object": return value is [String: Any]
    default: return false
    }
  }
}
