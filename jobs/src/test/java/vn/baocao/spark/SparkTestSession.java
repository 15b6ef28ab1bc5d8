package vn.baocao.spark;

import org.apache.spark.sql.SparkSession;

/** The test SparkSession settings: local[2], no UI, UTC, few shuffle partitions. */
public final class SparkTestSession {
  private SparkTestSession() {}

  public static SparkSession create(String name) {
    return builder(name).getOrCreate();
  }

  /** The settings every test session shares, for a test class that needs a few more. */
  public static SparkSession.Builder builder(String name) {
    return SparkSession.builder()
        .appName(name)
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.execution.replaceHashWithSortAgg", "true") // as bin/baocao runs
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.warehouse.dir", System.getProperty("java.io.tmpdir") + "/baocao-test-warehouse")
        // as bin/baocao runs on a local master: modes set without a chmod process per file
        .config("spark.hadoop." + vn.baocao.io.NioLocalFileSystem.IMPL_KEY, vn.baocao.io.NioLocalFileSystem.class.getName());
  }
}
