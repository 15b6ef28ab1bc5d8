package vn.baocao.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.collection.Seq;
import vn.baocao.io.CsvOutput;

/** Shared test helpers: the one SparkSession configuration and order-independent row checks. */
final class SparkTestSupport {
  private SparkTestSupport() {}

  /** The test SparkSession: one per test class, created in @BeforeAll and stopped in @AfterAll. */
  static SparkSession session(String name) {
    return vn.baocao.spark.SparkTestSession.builder(name)
        // Test data is tiny: compiling generated code costs more than it saves (about half of a
        // cold run). Results are the same with and without code generation.
        .config("spark.sql.codegen.wholeStage", "false")
        .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
        .getOrCreate();
  }

  /** A cell as comparable text: plain numbers (1400, 24.6), yyyy-MM-dd dates, ';'-joined arrays. */
  static String norm(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Double d) {
      return CsvOutput.number(d);
    }
    if (v instanceof Float f) {
      return CsvOutput.number(f.doubleValue());
    }
    if (v instanceof Integer || v instanceof Long) {
      return CsvOutput.number(((Number) v).doubleValue());
    }
    if (v instanceof LocalDate || v instanceof Date) {
      return v.toString();
    }
    if (v instanceof Seq<?> s) {
      return norm(scala.jdk.javaapi.CollectionConverters.asJava(s));
    }
    if (v instanceof List<?> l) {
      List<String> parts = new ArrayList<>();
      l.forEach(o -> parts.add(String.valueOf(o)));
      return String.join(";", parts);
    }
    return v.toString();
  }

  static String cell(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? null : norm(r.get(i));
  }

  /** Rows keyed by {@code key}; a duplicate key fails the test, naming it. */
  static Map<String, Row> byKey(String table, List<Row> rows, Function<Row, String> key) {
    Map<String, Row> m = new TreeMap<>();
    for (Row r : rows) {
      String k = key.apply(r);
      assertThat(m.containsKey(k)).as("%s: more than one row with key %s", table, k).isFalse();
      m.put(k, r);
    }
    return m;
  }

  /** Key function joining the given columns with '|'. */
  static Function<Row, String> key(String... columns) {
    return r -> {
      List<String> parts = new ArrayList<>();
      for (String c : columns) {
        parts.add(String.valueOf(cell(r, c)));
      }
      return String.join("|", parts);
    };
  }

  /**
   * Asserts that the row with {@code key} exists and has the expected cells (value null means
   * N/A: an empty cell, never 0). Order-independent; a failure names table, row and column.
   */
  static void expectRow(String table, Map<String, Row> rows, String key, Object... columnsAndValues) {
    assertThat(rows).as("%s: row %s is missing (rows: %s)", table, key, rows.keySet()).containsKey(key);
    Row r = rows.get(key);
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      String column = (String) columnsAndValues[i];
      Object want = columnsAndValues[i + 1];
      assertThat(cell(r, column)).as("%s row %s, column %s", table, key, column).isEqualTo(norm(want));
    }
  }

  /** Shorthand for building expected cells in order. */
  static Map<String, Object> cells(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
