package eu.practicehub.chain.web;

import eu.practicehub.chain.TransferMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transfer map laid out for an SVG picture: the partners on a circle and each transfer as a
 * curve from owner to importer. Transfers between the same two partners bend further apart so
 * that none hides another.
 */
record MapDrawing(int size, List<NodeShape> nodes, List<EdgeShape> edges) {

    static final int SIZE = 640;
    private static final double RADIUS = 240;
    private static final double NODE_RADIUS = 34;
    private static final double BEND = 40;

    record NodeShape(TransferMap.Node node, long x, long y) {
    }

    record EdgeShape(TransferMap.Edge edge, String path, long labelX, long labelY) {
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
        Map<String, Integer> perPair = new HashMap<>();
        List<EdgeShape> edges = new ArrayList<>();
        for (TransferMap.Edge edge : map.edges()) {
            double[] from = places.get(edge.ownerId());
            double[] to = places.get(edge.importerId());
            if (from == null || to == null) {
                continue;
            }
            int nth = perPair.merge(edge.ownerId() + ">" + edge.importerId(), 1, Integer::sum);
            edges.add(curve(edge, from, to, nth * BEND));
        }
        return new MapDrawing(SIZE, nodes, edges);
    }

    private static EdgeShape curve(TransferMap.Edge edge, double[] from, double[] to, double bend) {
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
        return new EdgeShape(edge, path, labelX, labelY);
    }
}
