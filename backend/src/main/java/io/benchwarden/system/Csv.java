package io.benchwarden.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;

/**
 * CSV answers (RFC 4180: CRLF line ends, fields quoted where they hold a comma, quote or line break). A text cell
 * that a spreadsheet would run as a formula ({@code = + - @}, or a tab or carriage return first) is prefixed with
 * {@code '}, so a branch named {@code =HYPERLINK(...)} stays text. Numbers are written as numbers, so a negative
 * delta is not altered; a missing value is an empty cell.
 */
public final class Csv {

    public static final String TEXT_CSV_VALUE = "text/csv";
    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Csv() {
    }

    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(Csv::cell).toList());
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Instant) {
            return value.toString();
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
