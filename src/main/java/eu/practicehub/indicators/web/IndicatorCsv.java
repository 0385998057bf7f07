package eu.practicehub.indicators.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The indicator table as CSV (RFC 4180): a header row, comma-separated fields quoted where they
 * hold a comma, quote or line break, lines ending in CRLF. UTF-8 with a byte order mark, so that
 * spreadsheet programs read the partners' names (Nyíregyháza, Gävle) right; an undated value is empty.
 */
final class IndicatorCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private IndicatorCsv() {
    }

    static byte[] write(IndicatorTable table, String codeHeading, String indicatorHeading) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(codeHeading, indicatorHeading));
        header.addAll(table.headings());
        line(csv, header);
        for (IndicatorTable.Row row : table.rows()) {
            List<String> fields = new ArrayList<>(List.of(row.code(), row.label()));
            row.values().forEach(value -> fields.add(number(value)));
            line(csv, fields);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String number(Number value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
