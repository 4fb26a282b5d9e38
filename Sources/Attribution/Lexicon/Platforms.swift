/// Platforms a statement is posted on, as articles name them: a statement made in a post there
/// has the platform as its outlet (`wrote on Truth Social that ...`). Each name is its words,
/// lower-cased; the article's own capitalisation is what the outlet shows.
public enum Platforms {
  static let names: [[String]] = [
    ["truth", "social"], ["x"], ["twitter"], ["facebook"], ["instagram"], ["threads"], ["tiktok"], ["youtube"],
    ["telegram"], ["bluesky"], ["linkedin"], ["reddit"], ["substack"], ["gettr"], ["parler"], ["weibo"],
    ["wechat"], ["mastodon"], ["snapchat"], ["whatsapp"],
  ]

  /// Whether a lower-case word is a platform's whole name (`facebook`): a person's page there is
  /// no person, nor is the platform whom a pronoun stands for.
  public static func isPlatform(_ word: String) -> Bool { names.contains([word]) }

  /// Words after a platform's name that make it the place of a post (`in a Facebook post`).
  static let postWords: Set<String> = ["post", "posts", "video", "videos", "message", "livestream", "thread"]
}
