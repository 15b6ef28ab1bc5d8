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
    double loadBefore = loadAverage();
    Collection<RunResult> results = new Runner(opts).run();
    double loadAfter = loadAverage();
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
      String err = Double.isNaN(primary.getScoreError()) ? "n/a"
          : String.format(Locale.ROOT, "%.1f", primary.getScoreError() / primary.getScore() * mbps);
      System.out.printf(Locale.ROOT, "extractor %-8s %6.1f MB/s on one core (wall clock; ± %s MB/s; %.2f MB %s UTF-8 per pass, %.0f ms/pass)%n",
          method + ":", mbps, err, bytes / 1e6, "read".equals(method) ? "normalised" : "raw", secondsPerOp * 1000);
      Result<?> cpuNanos = r.getSecondaryResults().get("cpuNanos");
      Result<?> passes = r.getSecondaryResults().get("passes");
      if (cpuNanos != null && passes != null && cpuNanos.getScore() > 0) {
        double cpuPerPass = cpuNanos.getScore() / passes.getScore() / 1e9;
        System.out.printf(Locale.ROOT, "extractor %-8s %6.1f MB/s per CPU-second of the benchmark thread (%.0f ms CPU/pass)%n",
            method + ":", bytes / 1e6 / cpuPerPass, cpuPerPass * 1000);
      }
      any = true;
    }
    if (!any) {
      System.err.println("no benchmark results");
      System.exit(1);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    if (!Double.isNaN(loadBefore)) {
      System.out.printf(Locale.ROOT, "machine: %d cores, 1-minute load average %.1f before, %.1f after the run%s%n",
          cores, loadBefore, loadAfter,
          Math.max(loadBefore, loadAfter) > cores ? " (busy: other processes shared the cores; figures are pessimistic)" : "");
    }
  }

  /** The 1-minute load average from /proc/loadavg, or NaN where there is none. */
  private static double loadAverage() {
    try {
      String s = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"), java.nio.charset.StandardCharsets.US_ASCII);
      return Double.parseDouble(s.substring(0, s.indexOf(' ')));
    } catch (java.io.IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  private static double secondsPer(TimeUnit unit) {
    return unit.toNanos(1) / 1e9;
  }
}
