package vn.baocao.io;

import java.util.List;

/**
 * One CSV record exactly as Commons CSV's {@code CSVFormat.RFC4180} with a CRLF record separator
 * prints it, without its printer: that one takes a lock per cell and per record, and copies each
 * cell char by char, which made it the larger part of formatting the records CSV of a million
 * reports. {@code CsvLineTest} compares the two on tricky and on random cells.
 *
 * <p>The rule (the printer's minimal quoting): a cell is quoted when it starts with a char up to
 * {@code '#'} (space, '!', '"', '#', controls), contains a comma, a quote, CR or LF, or ends
 * with a char up to space; quotes inside are doubled. An empty cell is written as nothing,
 * except as the first of its record, where it is {@code ""} (an empty line would hold no cell).
 */
final class CsvLine {
  private CsvLine() {}

  /** Appends {@code cells} and the record separator CRLF. */
  static StringBuilder append(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      cell(sb, cells.get(i), i == 0);
    }
    return sb.append('\r').append('\n');
  }

  private static void cell(StringBuilder sb, String v, boolean first) {
    if (v.isEmpty()) {
      if (first) {
        sb.append('"').append('"');
      }
      return;
    }
    if (!needsQuotes(v)) {
      sb.append(v);
      return;
    }
    sb.append('"').append(v.indexOf('"') < 0 ? v : v.replace("\"", "\"\"")).append('"');
  }

  static boolean needsQuotes(String v) {
    if (v.charAt(0) <= '#' || v.charAt(v.length() - 1) <= ' ') {
      return true;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
