import CCmarkGFM

/// The text of a cmark subtree, gathered without recursion (cmark's own
/// iterator walks the tree), for content nested too deep to keep as
/// structure: its words stay readable, its nesting is dropped.
enum CmarkFlatText {
    /// Every text, code and HTML literal under `root`, with a space for
    /// each line break and between blocks. Not sanitized.
    static func text(of root: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(root) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            switch (event, cmark_node_get_type(node)) {
            case (CMARK_EVENT_ENTER, CMARK_NODE_TEXT), (CMARK_EVENT_ENTER, CMARK_NODE_CODE), (CMARK_EVENT_ENTER, CMARK_NODE_HTML_INLINE),
                 (CMARK_EVENT_ENTER, CMARK_NODE_CODE_BLOCK), (CMARK_EVENT_ENTER, CMARK_NODE_HTML_BLOCK):
                if let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
            case (CMARK_EVENT_ENTER, CMARK_NODE_SOFTBREAK), (CMARK_EVENT_ENTER, CMARK_NODE_LINEBREAK):
                text += " "
            case (CMARK_EVENT_EXIT, _):
                if cmark_node_first_child(node) != nil, !text.isEmpty, text.last != " " { text += " " }
            default:
                break
            }
        }
        while text.last == " " { text.removeLast() }
        return text
    }
}
