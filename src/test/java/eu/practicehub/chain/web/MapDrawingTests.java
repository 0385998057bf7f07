package eu.practicehub.chain.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.chain.TransferMap;
import eu.practicehub.transfer.TransferStage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The transfer map draws one arrow per transfer, and one per pair of partners once there are many;
 * no arrow crosses a label, on a phone or on a desk.
 */
class MapDrawingTests {

    private static final List<TransferMap.Node> PARTNERS = LongStream.rangeClosed(1, 4)
            .mapToObj(id -> new TransferMap.Node(id, "Partner " + id)).toList();

    private static final MapDrawing.Texts TEXTS = new MapDrawing.Texts(
            stage -> stage.name().charAt(0) + stage.name().substring(1).toLowerCase(), count -> count + " transfers");

    /** Phones of 360 and 390 pixels and large screens: the picture is as wide as the page, less its margins. */
    private static final List<Integer> WIDTHS = List.of(MapDrawing.NARROWEST, 366, 640, 1296);

    private static final List<TransferMap.Node> BETTER = List.of(new TransferMap.Node(1, "Genoa"),
            new TransferMap.Node(2, "Gävle"), new TransferMap.Node(3, "Birmingham"), new TransferMap.Node(4, "Tartu"),
            new TransferMap.Node(5, "Nyíregyháza"));

    @Test
    void aFewTransfersAreOneArrowEach() {
        MapDrawing drawing = MapDrawing.of(new TransferMap(PARTNERS, transfers(MapDrawing.MOST_ARROWS)), TEXTS);

        assertThat(drawing.grouped()).isFalse();
        assertThat(drawing.rows()).hasSize(MapDrawing.MOST_ARROWS).allMatch(r -> r.transfers() == 1);
    }

    @Test
    void manyTransfersAreOneArrowPerPairOfPartnersCountingItsTransfers() {
        int many = 5_000;

        MapDrawing drawing = MapDrawing.of(new TransferMap(PARTNERS, transfers(many)), TEXTS);

        assertThat(drawing.grouped()).isTrue();
        assertThat(drawing.rows()).hasSize(3 * 4);
        assertThat(drawing.rows().stream().mapToInt(MapDrawing.Row::transfers).sum()).isEqualTo(many);
        assertThat(drawing.rows()).extracting(r -> r.edge().ownerId() + ">" + r.edge().importerId()).doesNotHaveDuplicates();
        assertThat(drawing.rows()).allSatisfy(r -> assertThat(r.lines()).hasSize(1).first().asString().endsWith(" transfers"));
    }

    @Test
    void noArrowCrossesALabelOnTheMapOfBetter() {
        TransferMap better = new TransferMap(BETTER, List.of(
                edge(1, "E-services at Gävle municipality", 2, 4, TransferStage.ADAPT),
                edge(2, "Segnalaci", 1, 4, TransferStage.UNDERSTAND),
                edge(3, "Segnalaci", 1, 3, TransferStage.ADAPT),
                edge(4, "Technological update of the local Police operation Center", 1, 5, TransferStage.REUSE),
                edge(5, "Lego education innovation studio", 5, 1, TransferStage.DROPPED)));

        MapDrawing drawing = MapDrawing.of(better, TEXTS);

        assertThat(drawing.rows()).hasSize(5);
        WIDTHS.forEach(width -> assertNoArrowCrossesALabel(drawing, width));
        assertThat(drawing.rows().get(3).lines()).as("a long title is written on two lines")
                .containsExactly("Technological update of the local Police", "operation Center");
        assertThat(drawing.rows().get(0).lines()).containsExactly("E-services at Gävle municipality");
    }

    @Test
    void noArrowCrossesALabelOnAGeneratedMapOfManyPartners() {
        List<TransferMap.Node> partners = LongStream.rangeClosed(1, 14)
                .mapToObj(id -> new TransferMap.Node(id, id % 3 == 0 ? "Szabolcs-Szatmár-Bereg " + id : "City " + id)).toList();
        List<TransferMap.Edge> edges = new ArrayList<>();
        for (int i = 0; i < MapDrawing.MOST_ARROWS; i++) {
            long owner = i % 14 + 1;
            long importer = (owner + 1 + (i * 5) % 12) % 14 + 1;
            String title = "Practice " + i + " " + "on shared digital services for citizens and enterprises ".repeat(i % 3);
            edges.add(edge(i, title + (i % 7 == 0 ? "Averyveryverylongwordwithoutanyspacesinsideitatall" : ""), owner, importer,
                    TransferStage.values()[i % TransferStage.values().length]));
        }

        MapDrawing one = MapDrawing.of(new TransferMap(partners, edges), TEXTS);
        MapDrawing grouped = MapDrawing.of(new TransferMap(partners, transfersAmong(partners, 3_000)), TEXTS);

        assertThat(one.grouped()).isFalse();
        assertThat(grouped.grouped()).isTrue();
        assertThat(one.columns().stream().mapToInt(MapDrawing.Column::nameY).distinct().count())
                .as("names too close for one line go on further lines").isGreaterThan(1);
        for (int width : WIDTHS) {
            assertNoArrowCrossesALabel(one, width);
            assertNoArrowCrossesALabel(grouped, width);
        }
    }

    @Test
    void wrapsATitleBetweenWordsAndCutsOnlyAWordLongerThanALine() {
        assertThat(MapDrawing.wrap("Segnalaci")).containsExactly("Segnalaci");
        assertThat(MapDrawing.wrap("a".repeat(45) + " b")).containsExactly("a".repeat(40), "aaaaa b");
        assertThat(MapDrawing.wrap("Technological update of the local Police operation Center"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(MapDrawing.WRAP));
    }

    /**
     * Every label (a partner's name, a transfer's lines) as a box of its estimated size on a picture
     * {@code width} pixels wide; every arrow as its line from start dot to head, as thick as the head.
     * No arrow meets a box, and every box lies inside the picture.
     */
    private static void assertNoArrowCrossesALabel(MapDrawing drawing, int width) {
        List<double[]> labels = new ArrayList<>();
        for (MapDrawing.Column column : drawing.columns()) {
            double wide = MapDrawing.width(column.node().shortName());
            labels.add(box(column.share() * width / 100 + column.dx() - wide / 2, column.nameY(), List.of(column.node().shortName())));
        }
        for (MapDrawing.Row row : drawing.rows()) {
            labels.add(box(row.labelShare() * width / 100 + row.labelDx(), row.labelY(), row.written()));
        }
        List<double[]> arrows = drawing.rows().stream().map(row -> new double[] {
                Math.min(row.fromShare(), row.toShare()) * width / 100 - 6, row.arrowY() - MapDrawing.ARROW_HALF,
                Math.max(row.fromShare(), row.toShare()) * width / 100 + 6, row.arrowY() + MapDrawing.ARROW_HALF}).toList();
        for (double[] label : labels) {
            assertThat(label[0]).as("label inside the picture at %d px", width).isGreaterThanOrEqualTo(-0.5);
            assertThat(label[2]).as("label inside the picture at %d px", width).isLessThanOrEqualTo(width + 0.5);
            for (double[] arrow : arrows) {
                assertThat(overlaps(label, arrow)).as("arrow %s crosses label %s at %d px", List.of(arrow[0], arrow[1], arrow[2], arrow[3]),
                        List.of(label[0], label[1], label[2], label[3]), width).isFalse();
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(overlaps(labels.get(i), labels.get(j))).as("two labels overlap at %d px", width).isFalse();
            }
        }
    }

    /** The box {left, top, right, bottom} of lines of text starting at {@code left}, the first baseline at {@code baseline}. */
    private static double[] box(double left, int baseline, List<String> lines) {
        double wide = lines.stream().mapToDouble(MapDrawing::width).max().orElse(0);
        return new double[] {left, baseline - MapDrawing.FONT_SIZE, left + wide, baseline + MapDrawing.LINE * (lines.size() - 1) + 4};
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static TransferMap.Edge edge(long id, String practice, long owner, long importer, TransferStage stage) {
        return new TransferMap.Edge(id, id, practice, owner, "Partner " + owner, importer, "Partner " + importer, stage);
    }

    /** Transfers between every ordered pair of the four partners, in turn. */
    private static List<TransferMap.Edge> transfers(int count) {
        List<TransferMap.Edge> edges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int pair = i % 12;
            long owner = pair / 3 + 1;
            long importer = (owner + pair % 3) % 4 + 1;
            edges.add(edge(i, "Practice " + i, owner, importer, TransferStage.values()[i % TransferStage.values().length]));
        }
        return edges;
    }

    private static List<TransferMap.Edge> transfersAmong(List<TransferMap.Node> partners, int count) {
        List<TransferMap.Edge> edges = new ArrayList<>();
        int n = partners.size();
        for (int i = 0; i < count; i++) {
            long owner = i % n + 1;
            long importer = (owner + i / n % (n - 1)) % n + 1;
            edges.add(edge(i, "Practice " + i, owner, importer, TransferStage.ADAPT));
        }
        return edges;
    }
}
