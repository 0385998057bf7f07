package eu.practicehub.dashboard.web;

import java.util.List;

/**
 * A chart as the page shows it: a figure with its caption and SVG, and the same figures as a
 * table (caption, a header per column, one row per bar) for those who do not see the picture.
 */
record ChartView(String id, String caption, String svg, String tableCaption, List<String> headers, List<Row> rows) {

    /** A row of the data table: the name of the bar (a link when it has one) and its figures as text. */
    record Row(String name, String href, List<String> values) {
    }
}
