package vn.baocao.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.baocao.io.Labels;
import vn.baocao.io.Schemas;

/** --labels vi: every column of every table has a Vietnamese header (Spark-free). */
class LabelsTest {

  private static Map<String, StructType> allTables() {
    Map<String, StructType> tables = new LinkedHashMap<>();
    tables.put("documents", Schemas.DOCUMENTS);
    tables.put("records", Schemas.RECORDS);
    tables.put("quarantine", Schemas.QUARANTINE);
    ComparisonSchemas.TABLES.forEach((name, schema) -> tables.put("comparisons/" + name, schema));
    return tables;
  }

  @Test
  void everyColumnOfEveryTableHasAVietnameseLabel() {
    Map<String, String> vi = Labels.load("vi");
    for (Map.Entry<String, StructType> t : allTables().entrySet()) {
      for (StructField f : t.getValue().fields()) {
        assertThat(vi.get(f.name()))
            .as("table %s, column %s: add a row to data/reference/labels_vi.csv", t.getKey(), f.name())
            .isNotBlank()
            .isNotEqualTo(f.name());
      }
    }
  }

  @Test
  void vietnameseHeadersAreUniqueWithinEachTable() {
    Map<String, String> vi = Labels.load("vi");
    for (Map.Entry<String, StructType> t : allTables().entrySet()) {
      Map<String, String> seen = new HashMap<>();
      for (StructField f : t.getValue().fields()) {
        String label = vi.get(f.name());
        assertThat(seen.get(label))
            .as("table %s: columns %s and %s share the header '%s'", t.getKey(), seen.get(label), f.name(), label)
            .isNull();
        seen.put(label, f.name());
      }
    }
  }

  @Test
  void englishLabelsKeepColumnNames() {
    assertThat(Labels.load("en")).as("--labels en renames nothing").isEmpty();
  }
}
