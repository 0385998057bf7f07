package eu.practicehub.newsletter;

import eu.practicehub.common.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Newsletter Markdown (CommonMark with GFM tables) as HTML that is safe to put into a page: raw
 * HTML in the text is shown as text, never passed on, except a line break tag ({@code <br>}),
 * which is how a table cell holds several lines. Links to anything but http(s), mailto and
 * relative addresses are dropped.
 */
public final class Markdown {

    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});");
    private static final Pattern BLOCK_START = Pattern.compile(" {0,3}(?:([-+=])|[0-9]{1,9}([.)]))");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .nodeRendererFactory(LineBreakTags::new)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof TableBlock) {
                    attributes.put("class", "table");
                } else if (node instanceof TableCell cell && cell.isHeader()) {
                    attributes.put("scope", "col");
                }
            })
            .build();

    private Markdown() {
    }

    /** The text as HTML for a page whose own title is the {@code h1}: the text's top headings become {@code h2}. */
    public static String toHtml(String markdown) {
        return toHtml(markdown, 2);
    }

    /**
     * The text as HTML with its headings moved so that the highest one is {@code h<topLevel>} and
     * the others keep their distance to it (at most {@code h6}), so the headings of a page that
     * shows the text under its own headings stay in order.
     */
    public static String toHtml(String markdown, int topLevel) {
        if (markdown == null) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
                visitChildren(heading);
            }
        });
        int highest = headings.stream().mapToInt(Heading::getLevel).min().orElse(topLevel);
        headings.forEach(h -> h.setLevel(Math.min(6, Math.max(1, h.getLevel() - highest + topLevel))));
        // A character reference such as &#x1b; stands for a character no page or feed may hold.
        return Text.cleaned(RENDERER.render(document));
    }

    /**
     * Text written into Markdown as it reads, with the characters that would start emphasis, a
     * link, code, HTML or a table cell escaped, an ampersand that would start a character reference
     * ({@code &amp;}) too, and a start that would make a list, a block quote or a heading underline.
     */
    public static String literal(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder(line.length());
        Matcher reference = CHARACTER_REFERENCE.matcher(line);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("\\`*_[]<>|#".indexOf(c) >= 0 || c == '&' && reference.region(i, line.length()).lookingAt()) {
                out.append('\\');
            }
            out.append(c);
        }
        Matcher start = BLOCK_START.matcher(out);
        if (start.lookingAt()) {
            out.insert(start.start(1) >= 0 ? start.start(1) : start.start(2), '\\');
        }
        return out.toString();
    }

    /** Inline HTML: a line break tag stays one, anything else is shown as the text it is. */
    private static final class LineBreakTags implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        LineBreakTags(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HtmlInline.class);
        }

        @Override
        public void render(Node node) {
            String literal = ((HtmlInline) node).getLiteral();
            if (LINE_BREAK.matcher(literal).matches()) {
                context.getWriter().raw("<br>");
            } else {
                context.getWriter().text(literal);
            }
        }
    }
}
