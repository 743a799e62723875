package io.benchwarden.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void shouldQuoteAsRfc4180AndEndLinesWithCrLf() {
        String csv = Csv.write(List.of("name", "note"), List.of(
                List.of("plain", "a, b"),
                List.of("say \"hi\"", "two\nlines")));
        assertThat(csv).isEqualTo("name,note\r\n"
                + "plain,\"a, b\"\r\n"
                + "\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
    }

    @Test
    void shouldDefuseTextThatASpreadsheetWouldRunAsAFormula() {
        String csv = Csv.write(List.of("cell"), List.of(
                List.of("=HYPERLINK(\"http://x\")"), List.of("+1+1"), List.of("-2+3"), List.of("@SUM(A1)"),
                List.of("\tTAB"), List.of("safe=text")));
        assertThat(csv).isEqualTo("cell\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"
                + "'+1+1\r\n"
                + "'-2+3\r\n"
                + "'@SUM(A1)\r\n"
                + "'\tTAB\r\n"
                + "safe=text\r\n");
    }

    @Test
    void shouldWriteNumbersTimesAndMissingValuesAsTheyAre() {
        String csv = Csv.write(List.of("n", "at", "missing", "flag"),
                List.of(Arrays.asList(-16.0, Instant.parse("2026-11-27T06:27:27Z"), null, true)));
        assertThat(csv).isEqualTo("n,at,missing,flag\r\n-16.0,2026-11-27T06:27:27Z,,true\r\n");
    }
}
