package vn.baocao.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Keeps generated figures out of real outputs: counts the synthetic and the real reports of an
 * extraction (one aggregate over the cached extraction, which it also fills) and refuses a mix
 * unless it is explicitly allowed. An all-synthetic run (a benchmark) is allowed and marked as
 * such in the manifest.
 */
public final class SyntheticGuard {
  private SyntheticGuard() {}

  /** A refused run: synthetic and real reports in one input. Exit code 2 (wrong usage). */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * The manifest entry {@code {"reports": "none"|"all"|"mixed", "synthetic": n, "real": m}};
   * throws {@link Refused} for a mix when {@code allowMixed} is false.
   */
  public static Map<String, Object> check(Dataset<Row> flags, boolean allowMixed) {
    long synthetic = 0;
    long real = 0;
    for (Row r : flags.groupBy("synthetic").count().collectAsList()) {
      if (r.getBoolean(0)) {
        synthetic = r.getLong(1);
      } else {
        real = r.getLong(1);
      }
    }
    if (synthetic > 0 && real > 0 && !allowMixed) {
      throw new Refused("the input mixes " + synthetic + " synthetic reports (baocao generate) with " + real
          + " real ones; generated figures must not enter real outputs (give --allow-synthetic to mix them anyway)");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reports", synthetic == 0 ? "none" : real == 0 ? "all" : "mixed");
    m.put("synthetic", synthetic);
    m.put("real", real);
    return m;
  }
}
