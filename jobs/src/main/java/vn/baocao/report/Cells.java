package vn.baocao.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Reading a collected row's cells, and numbers written the Vietnamese way (1.234,5). */
public final class Cells {
  private Cells() {}

  /** What a planner sees where a figure is not known: never 0, never an empty cell. */
  public static final String NA = "N/A";

  /** Excel's limit on the characters of one cell. */
  public static final int MAX_CELL = 32_767;

  static Double num(Map<String, Object> row, String column) {
    Object v = row.get(column);
    return v instanceof Number n ? n.doubleValue() : null;
  }

  static String str(Map<String, Object> row, String column) {
    Object v = row.get(column);
    return v == null ? null : v.toString();
  }

  static LocalDate date(Map<String, Object> row, String column) {
    Object v = row.get(column);
    return v instanceof LocalDate d ? d : null;
  }

  static Boolean bool(Map<String, Object> row, String column) {
    Object v = row.get(column);
    return v instanceof Boolean b ? b : null;
  }

  @SuppressWarnings("unchecked")
  static List<String> docIds(Map<String, Object> row) {
    Object v = row.get("doc_ids");
    return v instanceof List<?> l ? (List<String>) l : List.of();
  }

  /** {@code d} with at most {@code decimals} decimals, '.' for thousands and ',' for decimals. */
  public static String vn(double d, int decimals) {
    BigDecimal b = BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    if (b.scale() < 0) {
      b = b.setScale(0);
    }
    String plain = b.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String frac = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        s.append('.');
      }
      s.append(whole.charAt(i));
    }
    if (!frac.isEmpty()) {
      s.append(',').append(frac);
    }
    return (b.signum() < 0 ? "-" : "") + s;
  }

  /** Text cut to Excel's cell limit, saying so. */
  public static String fit(String s) {
    if (s == null || s.length() <= MAX_CELL) {
      return s;
    }
    String tail = " … (cắt bớt)";
    return s.substring(0, MAX_CELL - tail.length()) + tail;
  }
}
