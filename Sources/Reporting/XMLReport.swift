import Corroboration
import LedgerStore
import SafeXML

/// The corroboration report as XML (`Schemas/report.xsd`): per article version, each statement
/// with its status and the evidence behind it; a summary of counts; generator and ledger
/// fingerprint. Deterministic: the same ledger gives the same bytes.
public enum XMLReport {
  public static let namespace = "urn:claimledger:report:1"

  public static func render(_ data: ReportData) -> String {
    let summary = MarkupElement(
      "summary", [MarkupAttribute("statements", String(data.statements.count))],
      data.counts.map { status, count in
        .element(
          MarkupElement(
            "count", [MarkupAttribute("status", status.rawValue), MarkupAttribute("statements", String(count))]))
      })
    let articles = data.articles.map { article in
      MarkupContent.element(
        MarkupElement(
          "article",
          attributes: [
            "id": article.id, "version": String(article.version), "title": article.title, "outlet": article.outlet,
          ],
          article.statements.map { statement($0, evidence: data.evidence) }))
    }
    let root = MarkupElement(
      "report",
      [MarkupAttribute("generator", data.generator), MarkupAttribute("ledger-fingerprint", data.ledgerFingerprint)],
      [.element(summary)] + articles)
    return MarkupWriter.xml(root, namespace: namespace)
  }

  private static func statement(_ stored: StoredStatement, evidence: [Int64: [StoredStatement]]) -> MarkupContent {
    let s = stored.statement
    let verdict = stored.verdict
    var children: [MarkupContent] = [
      .element(MarkupElement("mention", [], [.text(s.mention)])),
      .element(MarkupElement("cue", [], [.text(s.cue)])),
      .element(MarkupElement("content", [], [.text(s.content)])),
    ]
    var evidenceChildren: [MarkupContent] = [.element(MarkupElement("reason", [], [.text(verdict?.reason ?? "")]))]
    evidenceChildren += (verdict?.origins ?? []).map { .element(MarkupElement("origin", [], [.text($0)])) }
    evidenceChildren += (verdict?.outlets ?? []).map { .element(MarkupElement("outlet", [], [.text($0)])) }
    for other in evidence[stored.group ?? -1] ?? [] where other.id != stored.id {
      evidenceChildren.append(
        .element(
          MarkupElement(
            "related",
            attributes: [
              "statement": String(other.id), "article": other.articleID, "speaker": other.statement.speaker,
              "outlet": other.statement.outlet, "linked-to": other.linkedTo.map { String($0) },
              "link": other.linkEvidence,
            ])))
    }
    children.append(.element(MarkupElement("evidence", [], evidenceChildren)))
    return .element(
      MarkupElement(
        "statement",
        attributes: [
          "id": String(stored.id), "status": verdict?.status.rawValue ?? ClaimStatus.unattributed.rawValue,
          "group": stored.group.map { String($0) }, "speaker": s.speaker, "kind": s.speakerKind.rawValue,
          "outlet": s.outlet, "direct": s.direct ? "true" : "false", "start": String(s.contentRange.lowerBound),
          "end": String(s.contentRange.upperBound), "linked-to": stored.linkedTo.map { String($0) },
          "link": stored.linkEvidence, "review": stored.review?.mark.rawValue,
          "reviewed-by": stored.review?.editor, "reviewed-at": stored.review?.at, "review-note": stored.review?.note,
        ], children))
  }
}
