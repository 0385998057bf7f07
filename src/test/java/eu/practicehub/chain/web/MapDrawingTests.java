package eu.practicehub.chain.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.chain.TransferMap;
import eu.practicehub.transfer.TransferStage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The transfer map draws one arrow per transfer, and one per pair of partners once there are many. */
class MapDrawingTests {

    private static final List<TransferMap.Node> PARTNERS = LongStream.rangeClosed(1, 4)
            .mapToObj(id -> new TransferMap.Node(id, "Partner " + id)).toList();

    @Test
    void aFewTransfersAreOneArrowEach() {
        MapDrawing drawing = MapDrawing.of(new TransferMap(PARTNERS, transfers(MapDrawing.MOST_ARROWS)));

        assertThat(drawing.grouped()).isFalse();
        assertThat(drawing.edges()).hasSize(MapDrawing.MOST_ARROWS).allMatch(e -> e.transfers() == 1);
    }

    @Test
    void manyTransfersAreOneArrowPerPairOfPartnersCountingItsTransfers() {
        int many = 5_000;

        MapDrawing drawing = MapDrawing.of(new TransferMap(PARTNERS, transfers(many)));

        assertThat(drawing.grouped()).isTrue();
        assertThat(drawing.edges()).hasSize(3 * 4);
        assertThat(drawing.edges().stream().mapToInt(MapDrawing.EdgeShape::transfers).sum()).isEqualTo(many);
        assertThat(drawing.edges()).extracting(e -> e.edge().ownerId() + ">" + e.edge().importerId()).doesNotHaveDuplicates();
    }

    /** Transfers between every ordered pair of the four partners, in turn. */
    private static List<TransferMap.Edge> transfers(int count) {
        List<TransferMap.Edge> edges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int pair = i % 12;
            long owner = pair / 3 + 1;
            long importer = (owner + pair % 3) % 4 + 1;
            edges.add(new TransferMap.Edge(i, i, "Practice " + i, owner, "Partner " + owner, importer, "Partner " + importer,
                    TransferStage.values()[i % TransferStage.values().length]));
        }
        return edges;
    }
}
