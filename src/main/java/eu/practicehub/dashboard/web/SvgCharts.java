package eu.practicehub.dashboard.web;

import java.util.List;

/**
 * Draws the dashboard's charts as SVG on the server: horizontal bars with their values written on
 * them, and progress bars against a target with the achieved part solid and the planned part
 * hatched. Each picture carries its title and a description for assistive technology; the page
 * puts a table of the same figures next to it. Every text is escaped for XML.
 */
final class SvgCharts {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 220;
    static final int BAR_AREA = 320;
    /** Progress bars are shorter: the figures after them are longer than a single value. */
    static final int PROGRESS_AREA = 240;
    private static final int ROW = 32;
    private static final int BAR_HEIGHT = 20;
    private static final int TOP = 8;
    private static final int LONGEST_LABEL = 28;
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
        StringBuilder svg = open(id, title, description, TOP * 2 + ROW * bars.size());
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + ROW * i;
            long length = Math.round((double) bar.value() * BAR_AREA / max);
            svg.append("<g class=\"bar-row\">");
            label(svg, bar.label(), y);
            svg.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                    .append("\" width=\"").append(length).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" fill=\"").append(BAR_COLOUR).append("\"/>");
            value(svg, bar.valueText(), LABEL_WIDTH + length + 6, y);
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
        int legendY = TOP + ROW * rows.size() + 4;
        StringBuilder svg = open(id, title, description, legendY + ROW);
        svg.append("<defs><pattern id=\"").append(escape(id)).append("-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\"")
                .append(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").append(BAR_COLOUR)
                .append("\" stroke-width=\"3\"/></pattern></defs>");
        for (int i = 0; i < rows.size(); i++) {
            Progress row = rows.get(i);
            int y = TOP + ROW * i;
            long target = Math.round((double) row.target() * PROGRESS_AREA / scale);
            long achieved = Math.round((double) row.achieved() * PROGRESS_AREA / scale);
            long planned = Math.round((double) (row.achieved() + row.planned()) * PROGRESS_AREA / scale) - achieved;
            svg.append("<g class=\"progress-row\">");
            label(svg, row.label(), y);
            rect(svg, "target", LABEL_WIDTH, y, target, "none\" stroke=\"" + TEXT_COLOUR + "\" stroke-dasharray=\"4 2");
            rect(svg, "achieved", LABEL_WIDTH, y, achieved, BAR_COLOUR);
            rect(svg, "planned", LABEL_WIDTH + achieved, y, planned, "url(#" + escape(id) + "-hatch)\" stroke=\"" + BAR_COLOUR);
            svg.append("<line class=\"target-mark\" x1=\"").append(LABEL_WIDTH + target).append("\" y1=\"").append(y - 3)
                    .append("\" x2=\"").append(LABEL_WIDTH + target).append("\" y2=\"").append(y + BAR_HEIGHT + 3)
                    .append("\" stroke=\"").append(TEXT_COLOUR).append("\" stroke-width=\"2\"/>");
            value(svg, row.text(), LABEL_WIDTH + Math.max(target, achieved + planned) + 6, y);
            svg.append("</g>");
        }
        svg.append("<g class=\"legend\">");
        rect(svg, "legend-achieved", LABEL_WIDTH, legendY, 16, BAR_COLOUR);
        value(svg, achievedLegend, LABEL_WIDTH + 22, legendY);
        rect(svg, "legend-planned", LABEL_WIDTH + 130, legendY, 16, "url(#" + escape(id) + "-hatch)\" stroke=\"" + BAR_COLOUR);
        value(svg, plannedLegend, LABEL_WIDTH + 152, legendY);
        rect(svg, "legend-target", LABEL_WIDTH + 260, legendY, 16, "none\" stroke=\"" + TEXT_COLOUR + "\" stroke-dasharray=\"4 2");
        value(svg, targetLegend, LABEL_WIDTH + 282, legendY);
        svg.append("</g>");
        return svg.append("</svg>").toString();
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

    private static StringBuilder open(String id, String title, String description, int height) {
        String safeId = escape(id);
        return new StringBuilder(1024)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" style=\"max-width: ").append(WIDTH)
                .append("px\" aria-labelledby=\"").append(safeId).append("-title ").append(safeId).append("-desc\"")
                .append(" font-family=\"system-ui, sans-serif\" font-size=\"14\">")
                .append("<title id=\"").append(safeId).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(safeId).append("-desc\">").append(escape(description)).append("</desc>");
    }

    private static void label(StringBuilder svg, String label, int y) {
        String shown = label.codePointCount(0, label.length()) > LONGEST_LABEL
                ? label.substring(0, label.offsetByCodePoints(0, LONGEST_LABEL - 1)) + "…" : label;
        svg.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + BAR_HEIGHT - 5)
                .append("\" text-anchor=\"end\" fill=\"").append(TEXT_COLOUR).append("\">").append(escape(shown));
        if (!shown.equals(label)) {
            svg.append("<title>").append(escape(label)).append("</title>");
        }
        svg.append("</text>");
    }

    private static void value(StringBuilder svg, String text, long x, int y) {
        svg.append("<text class=\"value\" x=\"").append(x).append("\" y=\"").append(y + BAR_HEIGHT - 5)
                .append("\" fill=\"").append(TEXT_COLOUR).append("\">").append(escape(text)).append("</text>");
    }

    private static void rect(StringBuilder svg, String kind, long x, int y, long width, String fill) {
        svg.append("<rect class=\"").append(kind).append("\" x=\"").append(x).append("\" y=\"").append(y)
                .append("\" width=\"").append(width).append("\" height=\"").append(BAR_HEIGHT)
                .append("\" fill=\"").append(fill).append("\"/>");
    }
}
