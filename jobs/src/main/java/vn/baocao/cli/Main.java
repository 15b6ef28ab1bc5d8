package vn.baocao.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Entry point of {@code bin/baocao} and of spark-submit. Parses the options, builds the one
 * SparkSession (master from --master, else spark-submit's, else local[*]) and hands it to the
 * pipeline. Exit codes: 0 success, 1 failure, 2 wrong usage; failures are one line on stderr.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    Options opts;
    try {
      opts = Options.parse(args);
    } catch (Options.UsageException e) {
      err.println("baocao: " + e.getMessage());
      return 2;
    } catch (Options.HelpRequested h) {
      out.print(Help.text(h.command));
      return 0;
    }
    if (opts.command().equals("generate")) {
      try {
        out.println(GenerateCommand.run(opts));
        return 0;
      } catch (Exception e) {
        err.println("baocao: Cannot generate: " + reason(e));
        return 1;
      }
    }
    SparkSession spark = null;
    try {
      spark = session(opts.master());
      Pipeline.run(spark, opts);
      return 0;
    } catch (vn.baocao.spark.SyntheticGuard.Refused e) {
      err.println("baocao: Cannot " + opts.command() + ": " + e.getMessage());
      return 2;
    } catch (Exception e) {
      err.println("baocao: Cannot " + opts.command() + ": " + reason(e));
      if (Boolean.getBoolean("baocao.debug")) {
        e.printStackTrace(err);
      }
      return 1;
    } finally {
      if (spark != null) {
        spark.stop();
      }
    }
  }

  private static String reason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int nl = m.indexOf('\n');
    return nl > 0 ? m.substring(0, nl) : m;
  }

  private static final String SORT_AGGREGATE = "spark.sql.execution.replaceHashWithSortAgg";
  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  /** Hadoop's class for {@code file:} paths, as a Spark setting. */
  static final String LOCAL_FS = "spark.hadoop." + vn.baocao.io.NioLocalFileSystem.IMPL_KEY;

  /** The job's SparkSession; a hard-coded master would override spark-submit, so none is. */
  static SparkSession session(String master) {
    SparkConf conf = new SparkConf();
    SparkSession.Builder b = SparkSession.builder().appName("baocao")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.datetime.java8API.enabled", "true")
        .config("spark.sql.debug.maxToStringFields", "1000")
        .config("spark.sql.warehouse.dir", System.getProperty("java.io.tmpdir") + "/baocao-warehouse")
        // An aggregate over rows already sorted by its keys (the facts' GROUP BY after their lag
        // window) streams them; the object hash aggregate that collect_list asks for would sort
        // them again once past 128 keys. Facts of a million reports: 38 -> 33 s.
        .config(SORT_AGGREGATE, conf.get(SORT_AGGREGATE, "true"));
    String m = master != null ? master : conf.contains("spark.master") ? null : "local[*]";
    if (m != null) {
      b = b.master(m);
    }
    boolean local = (m != null ? m : conf.get("spark.master", "")).startsWith("local");
    if (local) {
      b = b.config("spark.ui.enabled", "false");
      if (!conf.contains(LOCAL_FS)) {
        b = b.config(LOCAL_FS, vn.baocao.io.NioLocalFileSystem.class.getName());
      }
      if (!conf.contains(SHUFFLE_PARTITIONS)) {
        // Spark's 200 is for clusters; four per task slot, at least eight. Sixteen per slot was
        // tried: the facts of a million reports were no quicker on local[2] (32.6 s against
        // 30.6 s) and their shuffle grew by a tenth
        int slots = MasterUrl.localSlots(m != null ? m : conf.get("spark.master"));
        b = b.config(SHUFFLE_PARTITIONS, String.valueOf(Math.max(8, 4 * slots)));
      }
    } else if (!conf.contains("spark.jars") && m != null) {
      // started by bin/baocao against a cluster (not spark-submit): ship our jar and
      // commons-csv, or lambdas fail on executors with a misleading SerializedLambda error
      String jars = applicationJars();
      if (!jars.isEmpty()) {
        b = b.config("spark.jars", jars);
      }
    }
    return b.getOrCreate();
  }

  /** This application's jar and the one library executors need beyond Spark. */
  static String applicationJars() {
    java.util.List<String> jars = new java.util.ArrayList<>();
    for (Class<?> c : new Class<?>[] {Main.class, org.apache.commons.csv.CSVFormat.class}) {
      java.security.CodeSource src = c.getProtectionDomain().getCodeSource();
      if (src != null && src.getLocation() != null && src.getLocation().getPath().endsWith(".jar")) {
        jars.add(src.getLocation().toString());
      }
    }
    return String.join(",", jars);
  }
}
