package eu.practicehub.chain.web;

import eu.practicehub.chain.TransferMap;
import eu.practicehub.transfer.TransferStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The transfer map laid out for an SVG picture: the partners as columns, named at the top, and one
 * row per transfer, its label on a line of its own and under it an arrow from the owner's column
 * to the importer's. A label and an arrow never share a line, so no arrow crosses a label however
 * many partners and transfers there are, and the picture needs no viewBox: it is as wide as the page,
 * the columns in percent of its width and every text in pixels, as readable on a phone as on a
 * desk. The layout is worked out for the narrowest picture ({@link #NARROWEST} pixels): a partner's
 * name goes one line lower where it would touch its neighbour's, and a label starts over its arrow,
 * shifted left as far as it must to fit; a wider picture only moves them further apart.
 *
 * <p>A project of more than {@link #MOST_ARROWS} transfers gets one arrow per pair of partners
 * instead, labelled with how many transfers it stands for ({@code grouped}): a picture of thousands
 * of arrows says nothing and weighs megabytes; the transfers list has them one by one.
 */
record MapDrawing(int height, int widest, int lanesTop, List<Column> columns, List<Row> rows, boolean grouped) {

    static final int MOST_ARROWS = 60;
    /** The narrowest picture in pixels: a 360-pixel phone less the page's margins. */
    static final int NARROWEST = 336;
    /** Room for a column on a large screen, so that a few partners are not spread across the whole page. */
    static final int COLUMN = 150;
    static final int FONT_SIZE = 13;
    /** Wide enough for an average letter of the usual sans-serif fonts, so that a text fits where it is estimated to. */
    static final double LETTER = 0.62 * FONT_SIZE;
    static final int LINE = 16;
    /** Letters on a line of a label: the longest line fits the narrowest picture. */
    static final int WRAP = 40;
    /** Half the height of an arrow: its head, its start dot or its widest stroke. */
    static final int ARROW_HALF = 7;
    private static final int NAME_LINE = 18;
    private static final int NAME_GAP = 8;
    private static final int TOP = 4;

    /**
     * A partner's column: its centre in percent of the width, where its arrows start and end, and its
     * name centred over it, shifted by {@code dx} pixels where it would reach past an edge of the picture.
     */
    record Column(TransferMap.Node node, double share, String x, int dx, int nameY) {
    }

    /**
     * A row: one transfer ({@code transfers} 1), or the first of a pair's {@code transfers} when grouped;
     * its label's lines ({@code stage} after the last one, or on a line of its own) and its arrow.
     */
    record Row(TransferMap.Edge edge, int transfers, List<String> lines, String stage, boolean stageApart, double labelShare,
            String labelX, int labelDx, int labelY, double fromShare, String fromX, double toShare, String toX, int arrowY,
            String tone, String dash, int strokeWidth) {

        /** The label's lines as written: the stage in brackets after the last line, or on a line below it. */
        List<String> written() {
            return written(lines, stage, stageApart);
        }

        private static List<String> written(List<String> lines, String stage, boolean stageApart) {
            List<String> written = new ArrayList<>(lines);
            if (stage != null) {
                String bracketed = "(" + stage + ")";
                if (stageApart) {
                    written.add(bracketed);
                } else {
                    written.set(written.size() - 1, written.get(written.size() - 1) + " " + bracketed);
                }
            }
            return written;
        }
    }

    /** The texts of the picture in the reader's language: the name of a stage, and what a pair's arrow stands for. */
    record Texts(Function<TransferStage, String> stages, IntFunction<String> pairs) {
    }

    static MapDrawing of(TransferMap map, Texts texts) {
        List<Column> columns = columns(map.nodes());
        Map<Long, Column> byPartner = new HashMap<>();
        columns.forEach(c -> byPartner.put(c.node().partnerId(), c));
        int lanesTop = columns.stream().mapToInt(Column::nameY).max().orElse(TOP) + 8;
        boolean grouped = map.edges().size() > MOST_ARROWS;
        Map<String, Integer> perPair = new LinkedHashMap<>();
        Map<String, TransferMap.Edge> firstOfPair = new LinkedHashMap<>();
        List<TransferMap.Edge> drawn = new ArrayList<>();
        for (TransferMap.Edge edge : map.edges()) {
            if (!byPartner.containsKey(edge.ownerId()) || !byPartner.containsKey(edge.importerId())) {
                continue;
            }
            String pair = edge.ownerId() + ">" + edge.importerId();
            perPair.merge(pair, 1, Integer::sum);
            firstOfPair.putIfAbsent(pair, edge);
            if (!grouped) {
                drawn.add(edge);
            }
        }
        if (grouped) {
            drawn.addAll(firstOfPair.values());
        }
        List<Row> rows = new ArrayList<>();
        int y = lanesTop + 8;
        for (TransferMap.Edge edge : drawn) {
            int transfers = grouped ? perPair.get(edge.ownerId() + ">" + edge.importerId()) : 1;
            Row row = row(edge, transfers, grouped, texts, byPartner.get(edge.ownerId()), byPartner.get(edge.importerId()), y);
            rows.add(row);
            y = row.arrowY() + ARROW_HALF + 5;
        }
        return new MapDrawing(y + TOP, Math.max(640, COLUMN * columns.size()), lanesTop, columns, rows, grouped);
    }

    /** The partners' columns, each name on the first line where it touches no other on the narrowest picture. */
    private static List<Column> columns(List<TransferMap.Node> nodes) {
        List<Column> columns = new ArrayList<>();
        List<List<double[]>> lines = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            TransferMap.Node node = nodes.get(i);
            double share = 100.0 * (i + 0.5) / nodes.size();
            double width = width(node.shortName());
            double centre = share / 100 * NARROWEST;
            // Shifted just enough to stay inside the narrowest picture; a wider one only moves the name towards the middle.
            int dx = (int) Math.ceil(Math.max(0, width / 2 - centre)) - (int) Math.ceil(Math.max(0, centre + width / 2 - NARROWEST));
            double[] span = {centre + dx - width / 2, centre + dx + width / 2};
            int line = 0;
            while (line < lines.size() && touches(lines.get(line), span)) {
                line++;
            }
            if (line == lines.size()) {
                lines.add(new ArrayList<>());
            }
            lines.get(line).add(span);
            columns.add(new Column(node, share, percent(share), dx, TOP + FONT_SIZE + NAME_LINE * line));
        }
        return columns;
    }

    private static boolean touches(List<double[]> spans, double[] span) {
        return spans.stream().anyMatch(s -> span[0] < s[1] + NAME_GAP && s[0] < span[1] + NAME_GAP);
    }

    private static Row row(TransferMap.Edge edge, int transfers, boolean grouped, Texts texts, Column owner, Column importer, int top) {
        List<String> lines = grouped ? List.of(texts.pairs().apply(transfers)) : wrap(edge.practice());
        String stage = grouped ? null : texts.stages().apply(edge.stage());
        boolean stageApart = stage != null && letters(lines.get(lines.size() - 1)) + letters(stage) + 3 > WRAP;
        List<String> written = Row.written(lines, stage, stageApart);
        double widest = written.stream().mapToDouble(MapDrawing::width).max().orElse(0);
        // The label starts over the arrow's left end, shifted left just enough to fit the narrowest picture.
        double left = Math.min(owner.share(), importer.share());
        int labelDx = (int) -Math.ceil(Math.max(0, left / 100 * NARROWEST + widest - NARROWEST));
        String tone = grouped ? "blue" : switch (edge.stage()) {
            case REUSE -> "green";
            case DROPPED -> "grey";
            default -> "blue";
        };
        String dash = grouped ? null : switch (edge.stage()) {
            case UNDERSTAND -> "6 4";
            case DROPPED -> "2 5";
            default -> null;
        };
        int strokeWidth = grouped && transfers > 9 ? 4 : 2;
        int arrowY = top + LINE * written.size() + 12;
        return new Row(edge, transfers, lines, stage, stageApart, left, percent(left), labelDx, top + FONT_SIZE, owner.share(),
                owner.x(), importer.share(), importer.x(), arrowY, tone, dash, strokeWidth);
    }

    /** A practice's title in lines of at most {@link #WRAP} letters, broken between words where it can be. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (letters(word) > WRAP) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                int cut = word.offsetByCodePoints(0, WRAP);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            if (word.isEmpty()) {
                continue;
            }
            if (!line.isEmpty() && letters(line.toString()) + 1 + letters(word) > WRAP) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int letters(String text) {
        return text.codePointCount(0, text.length());
    }

    /** How wide a text is estimated to be, in pixels. */
    static double width(String text) {
        return letters(text) * LETTER;
    }

    /** A share of the picture's width as an SVG length, written the same in every language. */
    static String percent(double share) {
        return BigDecimal.valueOf(share).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
