public struct GoldError: Error, CustomStringConvertible { public var description: String }
