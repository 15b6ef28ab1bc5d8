package vn.baocao.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.reference.CsvTables;

/**
 * Vietnamese words for the codes inside cells ({@code half_year}, {@code low}, {@code top}),
 * read from {@code data/reference/values_vi.csv}. {@link #NONE} (for {@code --labels en})
 * translates nothing, so English output stays exactly as it was.
 *
 * <p>A column is looked up by its kind: its own name, or the name it shares a vocabulary with
 * (scorecard's {@code budget_revenue_period} is a {@code period_type}, {@code plan_basis} is a
 * {@code basis}). Multi-valued cells ({@code low;slow}) are translated part by part.
 */
public final class ValueLabels implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Translates nothing. */
  public static final ValueLabels NONE = new ValueLabels(Map.of());

  private final Map<String, Map<String, String>> byKind;

  private ValueLabels(Map<String, Map<String, String>> byKind) {
    this.byKind = byKind;
  }

  /** The value labels for {@code --labels en|vi}. */
  public static ValueLabels load(String labels) {
    return "vi".equals(labels) ? vietnamese() : NONE;
  }

  /** The Vietnamese value labels, whatever the CSV header option. */
  public static ValueLabels vietnamese() {
    Map<String, Map<String, String>> m = new HashMap<>();
    for (Map<String, String> r : CsvTables.read("values_vi.csv")) {
      m.computeIfAbsent(r.get("column"), k -> new LinkedHashMap<>()).put(r.get("value"), r.get("label_vi"));
    }
    Map<String, Map<String, String>> frozen = new HashMap<>();
    m.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
    return new ValueLabels(Collections.unmodifiableMap(frozen));
  }

  /** True when nothing is translated ({@code --labels en}). */
  public boolean isEmpty() {
    return byKind.isEmpty();
  }

  /** The vocabulary a column's values come from, or null when its values are not codes. */
  static String kind(String column) {
    switch (column) {
      case "plan_basis":
      case "group_bases":
        return "basis";
      case "flags":
        return "assessment";
      default:
        break;
    }
    if (column.endsWith("_period")) {
      return "period_type";
    }
    if (column.endsWith("_measure")) {
      return "measure";
    }
    return column;
  }

  /** The label of one code in a vocabulary, or the code itself when there is none. */
  public String label(String kind, String code) {
    Map<String, String> m = byKind.get(kind);
    if (m == null || code == null) {
      return code;
    }
    return m.getOrDefault(code, code);
  }

  /** The label of a boolean ("có" / "không"), or {@code true}/{@code false} untranslated. */
  public String bool(boolean b) {
    return label("boolean", Boolean.toString(b));
  }

  /** A template of the {@code period_text} vocabulary, or null. */
  public String template(String name) {
    Map<String, String> m = byKind.get("period_text");
    return m == null ? null : m.get(name);
  }

  /**
   * Translates a CSV cell's text for {@code column}. Multi-valued cells are split on ';';
   * {@code comparison_group} ("ytd 2024-05-31 (63)") has its leading code translated.
   */
  public String cell(String column, boolean isBoolean, String text) {
    if (byKind.isEmpty() || text == null || text.isEmpty()) {
      return text;
    }
    if (isBoolean) {
      return label("boolean", text);
    }
    if (column.equals("comparison_group")) {
      int sp = text.indexOf(' ');
      String head = sp < 0 ? text : text.substring(0, sp);
      String rest = sp < 0 ? "" : text.substring(sp);
      String t = label("period_type", head);
      if (t.equals(head)) {
        t = label("ntm_standard", head);
      }
      return t + rest;
    }
    Map<String, String> m = byKind.get(kind(column));
    if (m == null) {
      return text;
    }
    if (text.indexOf(';') < 0) {
      return m.getOrDefault(text, text);
    }
    List<String> parts = new ArrayList<>();
    for (String p : text.split(";", -1)) {
      parts.add(m.getOrDefault(p, p));
    }
    return String.join("; ", parts);
  }
}
