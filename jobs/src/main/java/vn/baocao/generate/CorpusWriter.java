package vn.baocao.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.baocao.io.Json;

/**
 * Writes a generated corpus and its gold. Layout under the output folder:
 *
 * <pre>
 * texts/NNNN/gNNNNNNN.txt + texts/sources.csv   format txt (1,000 reports per sub-folder)
 * corpus.jsonl                                  format jsonl
 * corpus.jsonl.gz                               format jsonl.gz
 * gold/documents.csv, gold/facts.csv            always: the true facts, in shared/gold/seeds columns
 * </pre>
 *
 * One JSON Lines row is {@code {"source_file", "url", "published_date", "text"}}; Parquet corpora
 * are converted from it by {@code vn.baocao.spark.CorpusSource#writeParquet}. Reports are built
 * in parallel in batches and written in index order, so the bytes depend on seed and count only.
 */
public final class CorpusWriter {
  /** Corpus formats {@code generate --format} accepts. */
  public static final List<String> FORMATS = List.of("txt", "jsonl", "jsonl.gz", "parquet");
  private static final int BATCH = 4096;
  private static final int PER_FOLDER = 1000;

  private CorpusWriter() {}

  /** What was written. */
  public record Summary(long documents, long facts, long textBytes, Path corpus) {}

  /**
   * Writes {@code n} reports of {@code g} under {@code dir} as txt, jsonl or jsonl.gz (parquet is
   * written as jsonl here and converted by the caller).
   */
  public static Summary write(Generator g, long n, Path dir, String format) throws IOException {
    Files.createDirectories(dir.resolve("gold"));
    long facts = 0;
    long bytes = 0;
    boolean txt = format.equals("txt");
    Path corpus = txt ? dir.resolve("texts") : dir.resolve(format.equals("jsonl.gz") ? "corpus.jsonl.gz" : "corpus.jsonl");
    CSVFormat csv = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    try (CSVPrinter docs = new CSVPrinter(writer(dir.resolve("gold/documents.csv"), false), csv);
        CSVPrinter gold = new CSVPrinter(writer(dir.resolve("gold/facts.csv"), false), csv);
        CSVPrinter sources = txt ? new CSVPrinter(writer(mkdirs(corpus).resolve("sources.csv"), false), csv) : null;
        Writer jsonl = txt ? null : writer(corpus, format.equals("jsonl.gz"))) {
      docs.printRecord("source_file", "province_code", "province_name", "area_level", "area_name", "period_type",
          "period_start", "period_end");
      gold.printRecord("source_file", "indicator", "measure", "value", "unit", "basis", "denominator", "approx",
          "period_type", "assessment", "evidence");
      if (sources != null) {
        sources.printRecord("source_file", "url", "published_date");
      }
      for (long from = 0; from < n; from += BATCH) {
        long to = Math.min(n, from + BATCH);
        Generator.Report[] batch = LongStream.range(from, to).parallel().mapToObj(g::report).toArray(Generator.Report[]::new);
        for (int k = 0; k < batch.length; k++) {
          Generator.Report r = batch[k];
          long i = from + k;
          Generator.GoldDoc d = r.doc();
          docs.printRecord(d.sourceFile(), d.provinceCode(), d.provinceName(), d.areaLevel(), d.areaName(), d.periodType(),
              d.periodStart(), d.periodEnd());
          for (Generator.GoldFact f : r.facts()) {
            gold.printRecord(f.sourceFile(), f.indicator(), f.measure(), number(f.value()), f.unit(), f.basis(),
                f.denominator(), f.approx(), f.periodType(), f.assessment(), f.evidence());
            facts++;
          }
          byte[] text = r.text().getBytes(StandardCharsets.UTF_8);
          bytes += text.length;
          if (txt) {
            String rel = String.format(Locale.ROOT, "%04d/%s", i / PER_FOLDER, r.sourceFile());
            Path file = corpus.resolve(rel);
            if (i % PER_FOLDER == 0) {
              Files.createDirectories(file.getParent());
            }
            Files.write(file, text);
            sources.printRecord(rel, r.url(), r.publishedDate());
          } else {
            jsonl.write(jsonLine(r));
          }
        }
      }
    }
    return new Summary(n, facts, bytes, corpus);
  }

  /** One JSON Lines row, compact, ending in a newline. */
  public static String jsonLine(Generator.Report r) {
    StringBuilder b = new StringBuilder(r.text().length() + 200);
    b.append("{\"source_file\":");
    Json.quote(b, r.sourceFile());
    b.append(",\"url\":");
    Json.quote(b, r.url());
    b.append(",\"published_date\":");
    Json.quote(b, r.publishedDate().toString());
    b.append(",\"text\":");
    Json.quote(b, r.text());
    return b.append("}\n").toString();
  }


  /** Gold values as the seeds' gold writes them: 3900, 24.6, -6.4. */
  static String number(Double v) {
    if (v == null) {
      return null;
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static Path mkdirs(Path p) throws IOException {
    Files.createDirectories(p);
    return p;
  }

  private static Writer writer(Path p, boolean gzip) throws IOException {
    OutputStream os = Files.newOutputStream(p);
    if (gzip) {
      os = new GZIPOutputStream(os, 1 << 16);
    }
    return new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
  }
}
