package vn.baocao.compare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Puts records on the boundaries a comparison asks for. "2023" keeps each record's province
 * as the report knew it; "2025" re-expresses 63-era provinces as their 34-era successor and
 * names the former province in {@code former_provinces}.
 */
public final class Boundaries {
  private Boundaries() {}

  public static Dataset<Row> prepare(Dataset<Row> records, String boundaries) {
    if (!"2025".equals(boundaries)) {
      return records.withColumn("former_provinces", lit(null).cast("string"));
    }
    boolean[] unused = new boolean[0];
    return records
        .withColumn("former_provinces",
            when(col("admin_version").equalTo(63), col("province_name")).otherwise(lit(null).cast("string")))
        .withColumn("province_code", col("province_code_2025"))
        .withColumn("province_name", col("province_name_2025"))
        .withColumn("admin_version", lit(34));
  }
}
