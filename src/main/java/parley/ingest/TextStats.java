package parley.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, linked text length, link count and paragraph text length of every element under a root, from one iterative pass, so the
 * furniture rules cost O(page) rather than re-reading each element's subtree (O(page × depth)).
 */
final class TextStats {
    /** Counts for one element. */
    static final class Counts {
        int text;
        int linked;
        int links;
        int para;

        double linkShare() {
            return text == 0 ? 0 : Math.min(1.0, linked / (double) text);
        }
    }

    private static final Counts ZERO = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        Deque<Counts> open = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element) {
                    open.push(new Counts());
                } else if (node instanceof TextNode t && !open.isEmpty()) {
                    open.peek().text += t.text().strip().length() + 1;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    Counts c = open.pop();
                    if (e.normalName().equals("a")) {
                        c.linked = c.text;
                        c.links++;
                    } else if (e.normalName().equals("p")) {
                        c.para = c.text;
                    }
                    stats.counts.put(e, c);
                    Counts parent = open.peek();
                    if (parent != null) {
                        parent.text += c.text;
                        parent.linked += c.linked;
                        parent.links += c.links;
                        parent.para += c.para;
                    }
                }
            }
        }, root);
        return stats;
    }

    Counts get(Element e) {
        return counts.getOrDefault(e, ZERO);
    }
}
