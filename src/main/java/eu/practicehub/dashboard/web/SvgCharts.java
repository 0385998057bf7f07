package eu.practicehub.dashboard.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Draws the dashboard's charts as SVG on the server: horizontal bars with their values written after
 * them, and progress bars against a target with the achieved part solid and the planned part
 * hatched. Each picture carries its title and a description for assistive technology; the page
 * puts a table of the same figures next to it. Every text is escaped for XML.
 *
 * <p>The picture has no viewBox: it is as wide as the page allows and its texts keep their size
 * in pixels, so that they stay readable on a phone instead of shrinking with the picture. Each
 * label has a line of its own above its bar; the bars are drawn in percent of the width, and the
 * longest leaves room for the text after it on the narrowest screen the charts are made for
 * ({@link #NARROWEST}).
 */
final class SvgCharts {

    /** The narrowest picture in pixels: a 360-pixel phone less the page's margins. */
    static final int NARROWEST = 336;
    /** The widest picture in pixels, on a large screen. */
    static final int WIDEST = 640;
    static final int FONT_SIZE = 14;
    /** Wide enough for an average letter of the usual sans-serif fonts, so that a text fits where it is estimated to. */
    static final double LETTER = 0.62 * FONT_SIZE;
    private static final int LABEL_LINE = 20;
    private static final int BAR_HEIGHT = 18;
    private static final int ROW = LABEL_LINE + BAR_HEIGHT + 10;
    private static final int TOP = 4;
    private static final int GAP = 6;
    private static final int LEGEND_LINE = 24;
    static final int LONGEST_LABEL = 38;
    private static final String BAR_COLOUR = "#0b5ed7";
    private static final String TEXT_COLOUR = "#212529";

    /** One bar: its label, its value and the value as the chart writes it. */
    record Bar(String label, long value, String valueText) {
    }

    /** One measure against its target; the text gives the figures in words, such as 3 of 10 with 2 planned. */
    record Progress(String label, long target, long achieved, long planned, String text) {
    }

    private SvgCharts() {
    }

    /** Bars proportional to their values, the largest one as long as the bar area. */
    static String bars(String id, String title, String description, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(0));
        double area = area(bars.stream().map(Bar::valueText).toList());
        StringBuilder svg = open(id, title, description, TOP * 2 + ROW * bars.size());
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + ROW * i;
            double length = area * bar.value() / max;
            svg.append("<g class=\"bar-row\">");
            label(svg, bar.label(), y);
            rect(svg, "bar", 0, y + LABEL_LINE, length, BAR_COLOUR);
            value(svg, bar.valueText(), length, y + LABEL_LINE);
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * One bar per measure on a common scale (the largest of the targets and of achieved plus
     * planned): an outlined track as long as the target with a mark at its end, the achieved part
     * solid, the planned part hatched after it, and the figures written after the bar.
     */
    static String progress(String id, String title, String description, List<Progress> rows,
            String achievedLegend, String plannedLegend, String targetLegend) {
        long scale = Math.max(1, rows.stream().mapToLong(r -> Math.max(r.target(), r.achieved() + r.planned())).max().orElse(0));
        double area = area(rows.stream().map(Progress::text).toList());
        int legendY = TOP + ROW * rows.size() + 4;
        StringBuilder svg = open(id, title, description, legendY + 3 * LEGEND_LINE);
        svg.append("<defs><pattern id=\"").append(escape(id)).append("-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\"")
                .append(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").append(BAR_COLOUR)
                .append("\" stroke-width=\"3\"/></pattern></defs>");
        for (int i = 0; i < rows.size(); i++) {
            Progress row = rows.get(i);
            int y = TOP + ROW * i;
            int barY = y + LABEL_LINE;
            double target = area * row.target() / scale;
            double achieved = area * row.achieved() / scale;
            double planned = area * (row.achieved() + row.planned()) / scale - achieved;
            svg.append("<g class=\"progress-row\">");
            label(svg, row.label(), y);
            rect(svg, "target", 0, barY, target, "none\" stroke=\"" + TEXT_COLOUR + "\" stroke-dasharray=\"4 2");
            rect(svg, "achieved", 0, barY, achieved, BAR_COLOUR);
            rect(svg, "planned", achieved, barY, planned, "url(#" + escape(id) + "-hatch)\" stroke=\"" + BAR_COLOUR);
            svg.append("<line class=\"target-mark\" x1=\"").append(percent(target)).append("\" y1=\"").append(barY - 3)
                    .append("\" x2=\"").append(percent(target)).append("\" y2=\"").append(barY + BAR_HEIGHT + 3)
                    .append("\" stroke=\"").append(TEXT_COLOUR).append("\" stroke-width=\"2\"/>");
            value(svg, row.text(), Math.max(target, achieved + planned), barY);
            svg.append("</g>");
        }
        // One legend entry a line: three side by side do not fit a phone in every language.
        svg.append("<g class=\"legend\">");
        legend(svg, "legend-achieved", BAR_COLOUR, achievedLegend, legendY);
        legend(svg, "legend-planned", "url(#" + escape(id) + "-hatch)\" stroke=\"" + BAR_COLOUR, plannedLegend, legendY + LEGEND_LINE);
        legend(svg, "legend-target", "none\" stroke=\"" + TEXT_COLOUR + "\" stroke-dasharray=\"4 2", targetLegend,
                legendY + 2 * LEGEND_LINE);
        svg.append("</g>");
        return svg.append("</svg>").toString();
    }

    /**
     * How far the longest bar reaches, in percent of the picture's width: on the narrowest
     * picture, the longest of the texts written after the bars still fits after it.
     */
    static double area(List<String> textsAfterBars) {
        int longest = textsAfterBars.stream().mapToInt(t -> t.codePointCount(0, t.length())).max().orElse(0);
        double room = GAP + 4 + longest * LETTER;
        return Math.max(20, 100 * (1 - room / NARROWEST));
    }

    /** Text made safe for XML character data and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // Characters XML 1.0 cannot carry at all are left out rather than breaking the picture.
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** A share of the picture's width as an SVG length, written the same in every language. */
    static String percent(double share) {
        BigDecimal rounded = BigDecimal.valueOf(share).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.signum() == 0 ? "0" : rounded.toPlainString()) + "%";
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        String safeId = escape(id);
        return new StringBuilder(1024)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"100%\" height=\"")
                .append(height).append("\" style=\"max-width: ").append(WIDEST).append("px\" aria-labelledby=\"")
                .append(safeId).append("-title ").append(safeId).append("-desc\"")
                .append(" font-family=\"system-ui, sans-serif\" font-size=\"").append(FONT_SIZE).append("\">")
                .append("<title id=\"").append(safeId).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(safeId).append("-desc\">").append(escape(description)).append("</desc>");
    }

    private static void label(StringBuilder svg, String label, int y) {
        String shown = label.codePointCount(0, label.length()) > LONGEST_LABEL
                ? label.substring(0, label.offsetByCodePoints(0, LONGEST_LABEL - 1)) + "…" : label;
        svg.append("<text class=\"label\" x=\"0\" y=\"").append(y + FONT_SIZE)
                .append("\" fill=\"").append(TEXT_COLOUR).append("\">").append(escape(shown));
        if (!shown.equals(label)) {
            svg.append("<title>").append(escape(label)).append("</title>");
        }
        svg.append("</text>");
    }

    /** A text after a bar that ends at {@code share} percent of the width. */
    private static void value(StringBuilder svg, String text, double share, int barY) {
        svg.append("<text class=\"value\" x=\"").append(percent(share)).append("\" dx=\"").append(GAP).append("\" y=\"")
                .append(barY + BAR_HEIGHT - 4).append("\" fill=\"").append(TEXT_COLOUR).append("\">").append(escape(text))
                .append("</text>");
    }

    private static void legend(StringBuilder svg, String kind, String fill, String text, int y) {
        svg.append("<rect class=\"").append(kind).append("\" x=\"0\" y=\"").append(y).append("\" width=\"16\" height=\"16\" fill=\"")
                .append(fill).append("\"/>");
        svg.append("<text class=\"value\" x=\"22\" y=\"").append(y + 13).append("\" fill=\"").append(TEXT_COLOUR).append("\">")
                .append(escape(text)).append("</text>");
    }

    private static void rect(StringBuilder svg, String kind, double share, int y, double width, String fill) {
        svg.append("<rect class=\"").append(kind).append("\" x=\"").append(percent(share)).append("\" y=\"").append(y)
                .append("\" width=\"").append(percent(width)).append("\" height=\"").append(BAR_HEIGHT)
                .append("\" fill=\"").append(fill).append("\"/>");
    }
}
