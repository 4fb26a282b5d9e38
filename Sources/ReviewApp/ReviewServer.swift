import Foundation
import HTTPTypes
import Hummingbird
import LedgerStore
import Logging
import NIOCore

/// `claimledger serve`: the review site (``ReviewSite``) over HTTP/1.1 with Hummingbird. The
/// only module that knows the HTTP library; every answer is made by the site.
public struct ReviewServer: Sendable {
  public var site: ReviewSite
  public var host: String
  public var port: Int

  public init(site: ReviewSite, host: String = "127.0.0.1", port: Int = 8080) {
    self.site = site
    self.host = host
    self.port = port
  }

  /// Serves until SIGINT or SIGTERM, then returns. `listening` is called once the port is bound,
  /// with the address to open (the port the system chose when asked for 0). Logs go to standard
  /// error, never standard output.
  public func run(listening: @escaping @Sendable (String) -> Void) async throws {
    let router = Router()
    let site = self.site
    let answer: @Sendable (Request, WebRequest.Method) async throws -> Response = { request, method in
      // Forms are small: a body over 64 KiB is refused before it is read.
      let body = method == .post ? try await request.body.collect(upTo: 65_536) : ByteBuffer()
      let webRequest = WebRequest(
        method: method, path: request.uri.path, query: request.uri.query, body: Array(buffer: body))
      return Self.response(site.respond(to: webRequest))
    }
    for path in ["/", "**"] {
      router.get(RouterPath(path)) { request, _ in try await answer(request, .get) }
      // (A HEAD is answered as its GET, without the body: link checkers ask so.)
      router.head(RouterPath(path)) { request, _ in
        var response = try await answer(request, .get)
        response.body = ResponseBody()
        return response
      }
      router.post(RouterPath(path)) { request, _ in try await answer(request, .post) }
    }
    var logger = Logger(label: "claimledger.serve", factory: { StreamLogHandler.standardError(label: $0) })
    logger.logLevel = .warning
    let host = self.host
    let app = Application(
      router: router,
      configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
      onServerRunning: { channel in
        let bound = channel.localAddress?.port ?? 0
        let shown = host.contains(":") ? "[\(host)]" : host
        listening("http://\(shown):\(bound)")
      },
      logger: logger)
    try await app.runService()
  }

  private static func response(_ answer: WebResponse) -> Response {
    var headers = HTTPFields()
    for (name, value) in WebResponse.securityHeaders {
      if let field = HTTPField.Name(name) { headers[field] = value }
    }
    headers[.cacheControl] = "no-store"
    if let location = answer.location {
      headers[.location] = location
      return Response(status: .init(code: answer.status), headers: headers)
    }
    headers[.contentType] = "text/html; charset=utf-8"
    return Response(
      status: .init(code: answer.status), headers: headers,
      body: ResponseBody(byteBuffer: ByteBuffer(string: answer.body)))
  }
}
