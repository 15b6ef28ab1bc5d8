package vn.baocao.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the small reference CSV files bundled under {@code baocao/reference/} on the classpath. */
public final class CsvTables {
  /** Classpath folder holding the reference CSVs (copied from {@code data/reference/}). */
  public static final String ROOT = "baocao/reference/";

  private CsvTables() {}

  /** Rows of a bundled table as ordered maps; an empty list if the table is not bundled. */
  public static List<Map<String, String>> read(String name) {
    InputStream in = CsvTables.class.getClassLoader().getResourceAsStream(ROOT + name);
    if (in == null) {
      return List.of();
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read reference table " + name + ": " + e.getMessage(), e);
    }
  }

  /** Parses CSV text with a header row. */
  public static List<Map<String, String>> parse(Reader reader) throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
    List<Map<String, String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = parser.getHeaderNames();
      for (CSVRecord record : parser) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : header) {
          String value = record.isSet(column) ? record.get(column) : "";
          row.put(stripBom(column), value == null ? "" : value.trim());
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
