package vn.baocao.io;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.baocao.reference.CsvTables;

/** CSV header labels: English column names as they are, or Vietnamese ones for planners. */
public final class Labels {
  private Labels() {}

  /** Column name → header for {@code --labels en|vi}; Parquet always keeps the English names. */
  public static Map<String, String> load(String labels) {
    Map<String, String> m = new LinkedHashMap<>();
    if ("vi".equals(labels)) {
      for (Map<String, String> r : CsvTables.read("labels_vi.csv")) {
        m.put(r.get("column"), r.get("label_vi"));
      }
    }
    return m;
  }
}
