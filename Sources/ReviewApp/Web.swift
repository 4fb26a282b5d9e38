import Foundation

/// A request as the review site sees it: the method, the raw path split into decoded segments,
/// and the query or form fields. No HTTP library type crosses into the site, so every page and
/// form is a plain function the tests can call.
public struct WebRequest: Sendable {
  public enum Method: Sendable { case get, post }

  public var method: Method
  /// The path's segments, each percent-decoded on its own (an article id may hold a `/`,
  /// written `%2F` in links).
  public var segments: [String]
  public var query: [String: String]
  public var form: [String: String]

  /// Reads a raw path (`/articles/https%3A%2F%2Fx.example%2Fa`), a raw query string and a raw
  /// `application/x-www-form-urlencoded` body.
  public init(method: Method, path: String, query: String?, body: [UInt8] = []) {
    self.method = method
    self.segments = path.split(separator: "/", omittingEmptySubsequences: true).map {
      String($0).removingPercentEncoding ?? String($0)
    }
    self.query = FormFields.decode(query ?? "")
    self.form = FormFields.decode(String(decoding: body, as: UTF8.self))
  }
}

/// What the site answers: a status, a page or a redirect.
public struct WebResponse: Sendable, Equatable {
  public var status: Int
  public var body: String
  /// Where a form's success sends the browser (303 See Other).
  public var location: String?

  public static func page(_ html: String, status: Int = 200) -> WebResponse {
    WebResponse(status: status, body: html, location: nil)
  }

  public static func redirect(_ location: String) -> WebResponse {
    WebResponse(status: 303, body: "", location: location)
  }

  /// Headers every answer carries: no script runs, nothing loads from elsewhere, forms post only
  /// here, and the page is not framed.
  public static let securityHeaders = [
    (
      "Content-Security-Policy",
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
  ]
}

/// `application/x-www-form-urlencoded`, both ways: `+` is a space, `%XX` a byte of UTF-8.
public enum FormFields {
  public static func decode(_ text: String) -> [String: String] {
    var fields: [String: String] = [:]
    for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = unescape(parts[0])
      if fields[name] == nil { fields[name] = parts.count > 1 ? unescape(parts[1]) : "" }
    }
    return fields
  }

  private static func unescape(_ text: Substring) -> String {
    let spaced = text.replacingOccurrences(of: "+", with: " ")
    return spaced.removingPercentEncoding ?? spaced
  }

  /// One path segment or query value, every byte but unreserved ones escaped (so `/`, `?`, `#`,
  /// `&` and `%` in an id stay inside it).
  public static func escape(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
  }

  private static let unreserved = CharacterSet(
    charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

  /// `?a=1&b=x%20y` from the fields given a value (in order), or "" when none is.
  public static func query(_ fields: [(String, String?)]) -> String {
    let present = fields.compactMap { name, value in value.map { "\(name)=\(escape($0))" } }
    return present.isEmpty ? "" : "?" + present.joined(separator: "&")
  }
}
