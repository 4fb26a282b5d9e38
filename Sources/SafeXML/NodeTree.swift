/// A parsed document as plain Swift values: every node in one flat array, linked by index.
///
/// Flat on purpose: a tree of nested values or objects is freed recursively, so a page nested
/// 100,000 elements deep would overflow the stack when it goes away. Here nothing recurses,
/// neither building, walking nor freeing.
public struct NodeTree: Sendable {
  public enum Kind: Sendable, Equatable {
    case element
    case text
    case comment
    /// An entity reference left unexpanded (`&name;`), as safe parsing leaves them.
    case entityReference
  }

  public struct Node: Sendable {
    public var kind: Kind
    /// Element name (lower case for HTML), entity name, or empty.
    public var name: String
    /// Text of a text, CDATA or comment node; empty for elements.
    public var text: String
    public var attributes: [(name: String, value: String)]
    /// Index of the parent node, `nil` for the top-level nodes.
    public var parent: Int?
    public var children: [Int]
    /// Distance from the top level (0 for the root element).
    public var depth: Int

    public func attribute(_ name: String) -> String? {
      attributes.first { $0.name == name }?.value
    }
  }

  public internal(set) var nodes: [Node] = []
  /// Indices of the top-level nodes, in document order.
  public internal(set) var roots: [Int] = []

  public init() {}

  public subscript(index: Int) -> Node { nodes[index] }

  /// The first top-level element, `nil` for an empty document.
  public var rootElement: Int? { roots.first { nodes[$0].kind == .element } }

  /// Indices of the node and all its descendants in document order, without recursion.
  public func subtree(_ index: Int) -> [Int] {
    var result: [Int] = []
    var stack = [index]
    while let next = stack.popLast() {
      result.append(next)
      stack.append(contentsOf: nodes[next].children.reversed())
    }
    return result
  }

  /// All elements with this name, in document order.
  public func elements(named name: String) -> [Int] {
    nodes.indices.filter { nodes[$0].kind == .element && nodes[$0].name == name }
  }

  /// The concatenated text of a node's descendants, in document order.
  public func textContent(_ index: Int) -> String {
    var text = ""
    for i in subtree(index) where nodes[i].kind == .text { text += nodes[i].text }
    return text
  }

  mutating func append(_ node: Node) -> Int {
    nodes.append(node)
    let index = nodes.count - 1
    if let parent = node.parent {
      nodes[parent].children.append(index)
    } else {
      roots.append(index)
    }
    return index
  }
}
