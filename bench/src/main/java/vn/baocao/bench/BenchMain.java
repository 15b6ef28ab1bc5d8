package vn.baocao.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;

/**
 * Runs {@link ExtractorBench} through JMH (any JMH command-line options are accepted) and prints
 * the throughput as MB/s of UTF-8 input on one core:
 *
 * <pre>extractor read:    NN.N MB/s on one core (...)
 * extractor extract: NN.N MB/s on one core (...)</pre>
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    CommandLineOptions cli = new CommandLineOptions(args);
    Options opts = cli;
    if (cli.getIncludes().isEmpty()) {
      opts = new org.openjdk.jmh.runner.options.OptionsBuilder().parent(cli)
          .include(ExtractorBench.class.getName()).build();
    }
    Collection<RunResult> results = new Runner(opts).run();
    System.out.println();
    boolean any = false;
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      String method = name.substring(name.lastIndexOf('.') + 1);
      double mb = Double.parseDouble(r.getParams().getParam("corpusMB"));
      String seedDir = r.getParams().getParam("seedDir");
      // the same deterministic corpus the benchmark built: its exact byte counts
      Corpus c = Corpus.build(Corpus.locateSeeds(seedDir), (long) (mb * 1_000_000), 42);
      long bytes = "read".equals(method) ? c.normalisedByteCount : c.rawByteCount;
      Result<?> primary = r.getPrimaryResult();
      double secondsPerOp = primary.getScore() * secondsPer(r.getParams().getTimeUnit());
      double mbps = bytes / 1e6 / secondsPerOp;
      double err = Double.isNaN(primary.getScoreError()) ? Double.NaN : primary.getScoreError() / primary.getScore() * mbps;
      System.out.printf(Locale.ROOT, "extractor %-8s %6.1f MB/s on one core (%.2f MB %s UTF-8 per pass, %.1f ± %s %s/op)%n",
          method + ":", mbps, bytes / 1e6, "read".equals(method) ? "normalised" : "raw",
          primary.getScore(), Double.isNaN(primary.getScoreError()) ? "n/a" : String.format(Locale.ROOT, "%.1f", primary.getScoreError()),
          primary.getScoreUnit().replace("/op", ""));
      if (!Double.isNaN(err)) {
        System.out.printf(Locale.ROOT, "%-19s (± %.1f MB/s, 99.9%% CI)%n", "", err);
      }
      any = true;
    }
    if (!any) {
      System.err.println("no benchmark results");
      System.exit(1);
    }
  }

  private static double secondsPer(TimeUnit unit) {
    return unit.toNanos(1) / 1e9;
  }
}
