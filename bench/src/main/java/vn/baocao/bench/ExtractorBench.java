package vn.baocao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.extract.ReportExtractor.SourceMeta;
import vn.baocao.reference.Reference;

/**
 * Throughput of the Spark-free extractor on one core. One operation is one pass over the whole
 * in-memory corpus (seed reports plus seed-like variants, {@code corpusMB} of UTF-8), so
 * MB/s = corpus MB / (seconds per operation); {@link BenchMain} prints that figure. The
 * {@link Cpu} counters also record the benchmark thread's CPU time, so a figure taken while other
 * processes share the cores can still be read as MB per CPU-second.
 *
 * <ul>
 *   <li>{@code read}: {@code ReportExtractor.read} on already normalised text (layout, period,
 *       area and figure extraction);
 *   <li>{@code extract}: {@code ReportExtractor.extract} on the raw bytes (binary sniffing, UTF-8
 *       decoding, normalisation, then the same as {@code read}).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dfile.encoding=UTF-8", "-Duser.timezone=UTC"})
@Threads(1)
public class ExtractorBench {
  /** Raw UTF-8 size of the generated corpus, in MB (10^6 bytes). */
  @Param("8")
  public double corpusMB;

  /** The seeds/ folder; empty: found above the working directory or the jar. */
  @Param("")
  public String seedDir;

  private Corpus corpus;
  private ReportExtractor extractor;

  @Setup(Level.Trial)
  public void setUp() {
    corpus = Corpus.build(Corpus.locateSeeds(seedDir), (long) (corpusMB * 1_000_000), 42);
    extractor = new ReportExtractor(Reference.defaults());
    // load the reference data and the extractor's tables outside the measurement
    extractor.read(corpus.normalised.get(0), SourceMeta.NONE, new ArrayList<>());
    System.out.printf(Locale.ROOT, "%ncorpus: %d reports (%d seeds + variants), %.2f MB raw, %.2f MB normalised%n",
        corpus.raw.size(), corpus.seedCount, corpus.rawByteCount / 1e6, corpus.normalisedByteCount / 1e6);
  }

  /**
   * CPU time of the benchmark thread, summed per iteration (JMH secondary results
   * {@code cpuNanos} and {@code passes}): GC and JIT threads are not counted.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Cpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    public long cpuNanos;
    public long passes;

    @Setup(Level.Iteration)
    public void reset() {
      cpuNanos = 0;
      passes = 0;
    }

    static long now() {
      return THREADS.getCurrentThreadCpuTime();
    }
  }

  @Benchmark
  public void read(Blackhole bh, Cpu cpu) {
    long t0 = Cpu.now();
    List<String> texts = corpus.normalised;
    for (int i = 0, n = texts.size(); i < n; i++) {
      bh.consume(extractor.read(texts.get(i), SourceMeta.NONE, new ArrayList<>()));
    }
    cpu.cpuNanos += Cpu.now() - t0;
    cpu.passes++;
  }

  @Benchmark
  public void extract(Blackhole bh, Cpu cpu) {
    long t0 = Cpu.now();
    List<byte[]> docs = corpus.rawBytes;
    for (int i = 0, n = docs.size(); i < n; i++) {
      byte[] b = docs.get(i);
      bh.consume(extractor.extract(b, b.length, SourceMeta.NONE));
    }
    cpu.cpuNanos += Cpu.now() - t0;
    cpu.passes++;
  }
}
