package vn.baocao.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CsvLine} writes the bytes Commons CSV's printer wrote before it (the CSV outputs are
 * compared byte for byte across runs and versions): the printer is the oracle here.
 */
class CsvLineTest {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private static String printer(List<String> cells) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (CSVPrinter p = new CSVPrinter(sb, FORMAT)) {
      p.printRecord(cells);
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", " ", "a", "Hà Nội", "1400", "-19", "24.6", "a,b", "say \"hi\"", "\"", "\"\"", "line\nbreak",
      "cr\r", "#tag", "!x", " lead", "trail ", "tab\t", "\tlead", "'=SUM(A1)", "=1+2", "x#", "a;b;c", "ễ,ơ", "\u0000", "~",
      "$5", "%", "&", "nhóm 1: 34/51 xã", "(ước)"})
  void aCellIsQuotedAsThePrinterQuotesIt(String v) throws IOException {
    for (List<String> record : List.of(List.of(v), List.of(v, v), List.of("x", v), List.of(v, ""), List.of("", v))) {
      assertThat(CsvLine.append(new StringBuilder(), record).toString()).as("record %s", record).isEqualTo(printer(record));
    }
  }

  @Test
  void randomRecordsMatchThePrinter() throws IOException {
    char[] alphabet = {'a', 'Z', '1', '.', ',', '"', '\r', '\n', ' ', '\t', '#', '!', '$', '=', '-', 'ễ', 'đ', ';', '\'', '\u00a0'};
    Random rnd = new Random(20261203L);
    for (int r = 0; r < 20_000; r++) {
      List<String> cells = new ArrayList<>();
      int n = 1 + rnd.nextInt(5);
      for (int c = 0; c < n; c++) {
        StringBuilder v = new StringBuilder();
        int len = rnd.nextInt(7);
        for (int k = 0; k < len; k++) {
          v.append(alphabet[rnd.nextInt(alphabet.length)]);
        }
        cells.add(v.toString());
      }
      assertThat(CsvLine.append(new StringBuilder(), cells).toString()).as("record %s", cells).isEqualTo(printer(cells));
    }
  }
}
