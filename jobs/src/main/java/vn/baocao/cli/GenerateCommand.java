package vn.baocao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import vn.baocao.generate.CorpusWriter;
import vn.baocao.generate.Generator;
import vn.baocao.spark.CorpusSource;

/**
 * {@code baocao generate}: writes a synthetic corpus and its gold. Spark starts only for the
 * Parquet format (converted from a JSON Lines file written first, then deleted).
 */
final class GenerateCommand {
  private GenerateCommand() {}

  /** Generates; returns the one-line summary for stdout. */
  static String run(Options opts) throws IOException {
    long t0 = System.nanoTime();
    Path dir = Path.of(opts.output());
    Generator g = new Generator(opts.seed());
    boolean parquet = opts.format().equals("parquet");
    CorpusWriter.Summary s = CorpusWriter.write(g, opts.docs(), dir, parquet ? "jsonl" : opts.format());
    Path corpus = s.corpus();
    if (parquet) {
      Path target = dir.resolve("corpus.parquet");
      SparkSession spark = Main.session(opts.master());
      try {
        CorpusSource.writeParquet(spark, s.corpus().toUri().toString(), target.toUri().toString());
      } finally {
        spark.stop();
      }
      Files.delete(s.corpus());
      corpus = target;
    }
    return String.format(Locale.ROOT, "generated %d synthetic reports (%.1f MB of text, %d gold facts, seed %d) in %.1f s: %s; gold in %s",
        s.documents(), s.textBytes() / 1e6, s.facts(), opts.seed(), (System.nanoTime() - t0) / 1e9, corpus, dir.resolve("gold"));
  }
}
