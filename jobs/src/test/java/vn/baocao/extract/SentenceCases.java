package vn.baocao.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the hand-written sentence tables under src/test/resources/sentences. */
final class SentenceCases {
  private SentenceCases() {}

  /** One expected record: indicator, measure, value, unit and optional keys. */
  record Expected(String indicator, String measure, Double value, String unit, Map<String, String> keys) {
    static Expected parse(String s) {
      String[] p = s.trim().split("\\s+");
      Map<String, String> keys = new LinkedHashMap<>();
      for (int i = 4; i < p.length; i++) {
        int eq = p[i].indexOf('=');
        keys.put(p[i].substring(0, eq), p[i].substring(eq + 1));
      }
      return new Expected(p[0], p[1], p[2].equals("-") ? null : Double.valueOf(p[2]), p[3].equals("-") ? null : p[3], keys);
    }

    boolean matches(Fact f) {
      if (!indicator.equals(f.indicator()) || !measure.equals(f.measure())) {
        return false;
      }
      if (value != null && (f.value() == null || Math.abs(f.value() - value) > Math.max(0.01, 0.005 * Math.abs(value)))) {
        return false;
      }
      if (unit != null && !unit.equals(f.unit())) {
        return false;
      }
      for (Map.Entry<String, String> k : keys.entrySet()) {
        String got = switch (k.getKey()) {
          case "basis" -> f.basis();
          case "den" -> f.denominator() == null ? null : vn.baocao.io.CsvOutput.number(f.denominator());
          case "approx" -> f.approx();
          case "period" -> f.period() == null ? null : f.period().type();
          case "end" -> f.period() == null || f.period().end() == null ? null : f.period().end().toString();
          case "assessment" -> f.assessment();
          default -> null;
        };
        String want = k.getKey().equals("den") ? vn.baocao.io.CsvOutput.number(Double.parseDouble(k.getValue())) : k.getValue();
        if (!want.equals(got)) {
          return false;
        }
      }
      if (!keys.containsKey("approx") && value != null && f.approx() != null && !"exact".equals(f.approx())) {
        return false;
      }
      return true;
    }

    @Override
    public String toString() {
      return indicator + " " + measure + " " + value + " " + unit + " " + keys;
    }
  }

  static List<Map<String, String>> table(String resource) {
    InputStream in = SentenceCases.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    List<Map<String, String>> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] header = r.readLine().split("\t", -1);
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], i < cells.length ? cells[i] : "");
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** "month:2023-05", "quarter:2024-Q2", "half_year:2023", "ytd:2023-05", "midterm:2020-2025". */
  static Period period(String spec) {
    String[] p = spec.split(":");
    String v = p[1];
    return switch (p[0]) {
      case "month" -> Period.month(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5)));
      case "quarter" -> Period.quarter(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(6)));
      case "half_year" -> Period.halfYear(Integer.parseInt(v));
      case "nine_months" -> Period.nineMonths(Integer.parseInt(v));
      case "year" -> Period.year(Integer.parseInt(v));
      case "ytd" -> Period.ytd(java.time.YearMonth.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5))).atEndOfMonth());
      case "midterm" -> Periods.midterm(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5)), null);
      case "term" -> Periods.term(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5)));
      default -> throw new IllegalArgumentException("unknown period " + spec.toLowerCase(Locale.ROOT));
    };
  }

  static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }
}
