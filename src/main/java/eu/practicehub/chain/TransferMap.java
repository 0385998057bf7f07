package eu.practicehub.chain;

import eu.practicehub.transfer.TransferStage;
import java.util.List;

/** Who imports what from whom: the partners as nodes, one edge per transfer from owner to importer. */
public record TransferMap(List<Node> nodes, List<Edge> edges) {

    public record Node(long partnerId, String shortName) {
    }

    public record Edge(long transferId, long practiceId, String practice, long ownerId, String owner, long importerId,
            String importer, TransferStage stage) {
    }
}
