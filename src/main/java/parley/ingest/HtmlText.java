package parley.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an element: each heading, paragraph, list item and caption becomes one line, lines
 * separated by a blank line; whitespace inside a line collapses to single spaces; captions lose their credits and
 * begin "Caption: ".
 * The walk is jsoup's iterative traversal, so a page nested 100,000 levels deep cannot overflow the stack.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figure", "figcaption", "pre", "table", "tr", "td", "th",
            "dl", "dt", "dd", "header", "footer", "address", "hr", "details", "summary", "body", "center", "caption");

    private HtmlText() {
    }

    static String of(Element root) {
        Collector c = new Collector();
        NodeTraversor.traverse(c, root);
        c.flush();
        return String.join("\n\n", c.paragraphs);
    }

    private static final class Collector implements NodeVisitor {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private int captionDepth;
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(preDepth > 0 ? t.getWholeText() : t.text());
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("br")) {
                    line.append('\n');
                } else if (name.equals("img") && line.length() > 0) {
                    line.append(' ');
                } else if (BLOCKS.contains(name) || Furniture.isCaption(e)) {
                    flush();
                }
                if (Furniture.isCaption(e)) {
                    captionDepth++;
                }
                if (name.equals("pre")) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                boolean caption = Furniture.isCaption(e);
                if (BLOCKS.contains(name) || caption) {
                    flush();
                }
                if (caption) {
                    captionDepth--;
                }
                if (name.equals("pre")) {
                    preDepth--;
                }
                if ((name.equals("td") || name.equals("th")) && line.length() > 0) {
                    line.append(' ');
                }
            }
        }

        private void append(String text) {
            line.append(text);
        }

        void flush() {
            if (line.length() == 0) {
                return;
            }
            String text = tidy(line.toString(), preDepth > 0);
            line.setLength(0);
            if (captionDepth > 0) {
                // The credit goes, and the line says it is a caption: without its credit the extractor could not
                // tell a caption from a paragraph (it marks the people in a photo as present at nothing).
                text = Captions.labelled(Captions.withoutCredit(text));
            }
            if (!text.isEmpty() && (paragraphs.isEmpty() || !paragraphs.get(paragraphs.size() - 1).equals(text))) {
                paragraphs.add(text);
            }
        }

        /** Collapses spaces (not in pre) and trims each line of a paragraph; drops blank lines inside it. */
        private static String tidy(String s, boolean pre) {
            StringBuilder out = new StringBuilder();
            for (String part : s.split("\n")) {
                String p = pre ? part.stripTrailing() : part.replace('\u00A0', ' ').replaceAll("[ \\t\\f]+", " ").strip();
                if (!p.isBlank()) {
                    if (out.length() > 0) {
                        out.append('\n');
                    }
                    out.append(p);
                }
            }
            return out.toString();
        }
    }
}
