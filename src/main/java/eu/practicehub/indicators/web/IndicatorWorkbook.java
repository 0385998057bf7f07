package eu.practicehub.indicators.web;

import eu.practicehub.common.DateTexts;
import eu.practicehub.common.KnownDate;
import eu.practicehub.event.DatePrecision;
import eu.practicehub.indicators.IndicatorReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The indicators as an XLSX workbook: a sheet of the indicator table (numbers as numeric cells, an
 * undated value as an empty cell) and a sheet of the held events with their partners (a date known
 * only to the month or year as its text), each printed one page wide in landscape with its header row
 * on every page.
 */
final class IndicatorWorkbook {

    private static final int CHARACTER = 256;

    private IndicatorWorkbook() {
    }

    static byte[] write(IndicatorReport report, IndicatorTable table, MessageSource messages, Locale locale) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            indicators(workbook, styles, table, messages, locale);
            events(workbook, styles, report, messages, locale);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void indicators(Workbook workbook, Styles styles, IndicatorTable table, MessageSource messages,
            Locale locale) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(text(messages, locale, "indicators.sheet.indicators")));
        Row header = sheet.createRow(0);
        header(header, 0, text(messages, locale, "indicators.csv.code"), styles);
        header(header, 1, text(messages, locale, "indicators.csv.indicator"), styles);
        for (int i = 0; i < table.headings().size(); i++) {
            header(header, i + 2, table.headings().get(i), styles);
        }
        int r = 1;
        for (IndicatorTable.Row row : table.rows()) {
            Row line = sheet.createRow(r++);
            line.createCell(0).setCellValue(row.code());
            line.createCell(1).setCellValue(row.label());
            List<Number> values = row.values();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    var cell = line.createCell(i + 2);
                    cell.setCellValue(values.get(i).doubleValue());
                    cell.setCellStyle(row.decimal() ? styles.decimal : styles.whole);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        printable(sheet);
        sheet.setColumnWidth(0, 34 * CHARACTER);
        sheet.setColumnWidth(1, 56 * CHARACTER);
        for (int i = 0; i < table.headings().size(); i++) {
            sheet.setColumnWidth(i + 2, 13 * CHARACTER);
        }
    }

    private static void events(Workbook workbook, Styles styles, IndicatorReport report, MessageSource messages,
            Locale locale) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(text(messages, locale, "indicators.sheet.events")));
        String[] headings = {"indicators.events.start", "indicators.events.end", "indicators.events.type",
                "indicators.events.title", "indicators.events.host", "indicators.events.visitors",
                "indicators.events.partners"};
        int[] widths = {12, 12, 22, 50, 18, 10, 10};
        Row header = sheet.createRow(0);
        for (int i = 0; i < headings.length; i++) {
            header(header, i, text(messages, locale, headings[i]), styles);
            sheet.setColumnWidth(i, widths[i] * CHARACTER);
        }
        DateTexts dates = new DateTexts(messages, locale);
        int r = 1;
        for (IndicatorReport.HeldEvent event : report.heldEvents()) {
            Row line = sheet.createRow(r++);
            date(line.createCell(0), event.startDate(), event.datePrecision(), dates, styles);
            date(line.createCell(1), event.endDate(), event.datePrecision(), dates, styles);
            line.createCell(2).setCellValue(text(messages, locale, "enum.EventType." + event.type().name()));
            line.createCell(3).setCellValue(event.title());
            line.createCell(4).setCellValue(event.host());
            line.createCell(5).setCellValue(event.visitors());
            line.createCell(6).setCellValue(event.partners());
        }
        sheet.createFreezePane(0, 1);
        printable(sheet);
    }

    /**
     * Printed on A4 landscape, scaled to one page wide (as many pages down as it takes) with the header
     * row at the top of every page, so that no column is cut off and every page says what its columns are.
     */
    private static void printable(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    /**
     * A date known to the day as a date cell; one known only to the month or year as its text ("June 2018",
     * "2018"), so that no cell states a day that is not known.
     */
    private static void date(Cell cell, LocalDate date, DatePrecision precision, DateTexts dates, Styles styles) {
        if (precision == null || precision == DatePrecision.DAY) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else {
            cell.setCellValue(dates.known(KnownDate.of(date, precision.shared())));
        }
    }

    private static void header(Row row, int column, String text, Styles styles) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.header);
    }

    private static String text(MessageSource messages, Locale locale, String code) {
        return messages.getMessage(code, null, locale);
    }

    private static final class Styles {

        final CellStyle header;
        final CellStyle whole;
        final CellStyle decimal;
        final CellStyle date;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            var formats = workbook.createDataFormat();
            whole = workbook.createCellStyle();
            whole.setDataFormat(formats.getFormat("0"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(formats.getFormat("0.00"));
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
        }
    }
}
