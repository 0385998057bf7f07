package eu.practicehub.chain.web;

import eu.practicehub.chain.TransferMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transfer map laid out for an SVG picture: the partners on a circle and each transfer as a
 * curve from owner to importer. Transfers between the same two partners bend further apart so
 * that none hides another. A project of more than {@link #MOST_ARROWS} transfers gets one arrow per
 * pair of partners instead, labelled with how many transfers it stands for ({@code grouped}): a picture
 * of thousands of arrows says nothing and weighs megabytes; the transfers list has them one by one.
 */
record MapDrawing(int size, List<NodeShape> nodes, List<EdgeShape> edges, boolean grouped) {

    static final int SIZE = 640;
    static final int MOST_ARROWS = 60;
    private static final double RADIUS = 240;
    private static final double NODE_RADIUS = 34;
    private static final double BEND = 40;

    record NodeShape(TransferMap.Node node, long x, long y) {
    }

    /** An arrow: one transfer ({@code transfers} 1), or the first of a pair's {@code transfers} when grouped. */
    record EdgeShape(TransferMap.Edge edge, int transfers, String path, long labelX, long labelY) {
    }

    static MapDrawing of(TransferMap map) {
        double centre = SIZE / 2.0;
        Map<Long, double[]> places = new HashMap<>();
        List<NodeShape> nodes = new ArrayList<>();
        int count = map.nodes().size();
        for (int i = 0; i < count; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / count;
            double[] place = {centre + RADIUS * Math.cos(angle), centre + RADIUS * Math.sin(angle)};
            places.put(map.nodes().get(i).partnerId(), place);
            nodes.add(new NodeShape(map.nodes().get(i), Math.round(place[0]), Math.round(place[1])));
        }
        boolean grouped = map.edges().size() > MOST_ARROWS;
        Map<String, Integer> perPair = new LinkedHashMap<>();
        Map<String, TransferMap.Edge> firstOfPair = new LinkedHashMap<>();
        List<EdgeShape> edges = new ArrayList<>();
        for (TransferMap.Edge edge : map.edges()) {
            double[] from = places.get(edge.ownerId());
            double[] to = places.get(edge.importerId());
            if (from == null || to == null) {
                continue;
            }
            String pair = edge.ownerId() + ">" + edge.importerId();
            int nth = perPair.merge(pair, 1, Integer::sum);
            firstOfPair.putIfAbsent(pair, edge);
            if (!grouped) {
                edges.add(curve(edge, 1, from, to, nth * BEND));
            }
        }
        if (grouped) {
            firstOfPair.forEach((pair, edge) -> edges.add(curve(edge, perPair.get(pair), places.get(edge.ownerId()),
                    places.get(edge.importerId()), BEND)));
        }
        return new MapDrawing(SIZE, nodes, edges, grouped);
    }

    private static EdgeShape curve(TransferMap.Edge edge, int transfers, double[] from, double[] to, double bend) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double length = Math.max(Math.hypot(dx, dy), 1);
        double ux = dx / length;
        double uy = dy / length;
        double[] start = {from[0] + ux * NODE_RADIUS, from[1] + uy * NODE_RADIUS};
        double[] end = {to[0] - ux * (NODE_RADIUS + 4), to[1] - uy * (NODE_RADIUS + 4)};
        double[] control = {(from[0] + to[0]) / 2 - uy * bend, (from[1] + to[1]) / 2 + ux * bend};
        String path = "M %d %d Q %d %d %d %d".formatted(Math.round(start[0]), Math.round(start[1]),
                Math.round(control[0]), Math.round(control[1]), Math.round(end[0]), Math.round(end[1]));
        long labelX = Math.round(0.25 * start[0] + 0.5 * control[0] + 0.25 * end[0]);
        long labelY = Math.round(0.25 * start[1] + 0.5 * control[1] + 0.25 * end[1]);
        return new EdgeShape(edge, transfers, path, labelX, labelY);
    }
}
