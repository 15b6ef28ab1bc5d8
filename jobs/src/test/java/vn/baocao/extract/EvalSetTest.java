package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.baocao.reference.CsvTables;
import vn.baocao.reference.Reference;

/**
 * The evaluation set (data/eval): 24 portal-style reports with gold written independently of
 * the extractor. Holds the bar the real-report evaluation sets: focus precision ≥ 0.95,
 * recall ≥ 0.90, province right for ≥ 95 % of documents.
 */
class EvalSetTest {
  private static final Map<String, ReportExtractor.Extraction> OUT = new HashMap<>();
  private static Path eval;

  @BeforeAll
  static void extract() throws IOException {
    eval = Path.of(System.getProperty("baocao.repo", "..")).resolve("data/eval");
    Map<String, Map<String, String>> sources = new HashMap<>();
    for (Map<String, String> r : read(eval.resolve("reports/sources.csv"))) {
      sources.put(r.get("source_file"), r);
    }
    ReportExtractor x = new ReportExtractor(Reference.defaults());
    try (var files = Files.list(eval.resolve("reports"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = p.getFileName().toString();
        Map<String, String> src = sources.get(name);
        ReportExtractor.SourceMeta meta = src == null ? ReportExtractor.SourceMeta.NONE
            : new ReportExtractor.SourceMeta(src.get("url"), src.get("published_date").isBlank() ? null : LocalDate.parse(src.get("published_date")));
        byte[] b = Files.readAllBytes(p);
        OUT.put(name, x.extract(b, b.length, meta));
      }
    }
  }

  static List<Map<String, String>> read(Path p) throws IOException {
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return CsvTables.parse(r);
    }
  }

  private static Map<String, List<Fact>> facts() {
    Map<String, List<Fact>> m = new HashMap<>();
    OUT.forEach((k, v) -> m.put(k, v.facts()));
    return m;
  }

  @Test
  void focusIndicatorsMeetTheBar() throws IOException {
    GoldScore s = GoldScore.of(facts(), read(eval.resolve("gold/facts.csv")), GoldScore.FOCUS);
    assertThat(s.gold).as("focus gold facts").isGreaterThan(300);
    assertThat(s.precision()).as("focus precision; extra records: %s", s.extra).isGreaterThanOrEqualTo(0.95);
    assertThat(s.recall()).as("focus recall; missed: %s", s.missed).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void allIndicatorsStayAccurate() throws IOException {
    List<Map<String, String>> gold = read(eval.resolve("gold/facts.csv"));
    Set<String> scored = new HashSet<>();
    gold.forEach(g -> scored.add(g.get("indicator")));
    GoldScore s = GoldScore.of(facts(), gold, scored);
    assertThat(s.precision()).as("precision over all indicators; extra: %s", s.extra).isGreaterThanOrEqualTo(0.95);
    assertThat(s.recall()).as("recall over all indicators; missed: %s", s.missed).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void provincesAreRightForNearlyEveryDocument() throws IOException {
    List<Map<String, String>> docs = read(eval.resolve("gold/documents.csv"));
    int right = 0;
    StringBuilder wrong = new StringBuilder();
    for (Map<String, String> g : docs) {
      ReportExtractor.Document d = OUT.get(g.get("source_file")).document();
      String got = d.area() == null ? null : d.area().provinceName();
      if (g.get("province_name").equals(got)) {
        right++;
      } else {
        wrong.append(g.get("source_file")).append(": ").append(got).append(" instead of ").append(g.get("province_name")).append("; ");
      }
    }
    assertThat((double) right / docs.size()).as("share of documents with the right province (%s)", wrong).isGreaterThanOrEqualTo(0.95);
  }
}
