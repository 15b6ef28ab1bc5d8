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
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.reference.CsvTables;
import vn.baocao.reference.Reference;

/**
 * The evaluation sets, each written by a different annotator independently of the extractor:
 * data/eval (24 portal-style reports) and data/holdout (20 reports in newspaper, statistics
 * office, interview and crawled styles) and data/holdout2 (14 district, town and city
 * committee reports from every region). Holds the bar the real-report evaluation sets: focus
 * precision ≥ 0.95, recall ≥ 0.90, province right for ≥ 95 % of documents.
 */
class EvalSetTest {
  private static final Map<String, Map<String, ReportExtractor.Extraction>> SETS = new HashMap<>();

  static Stream<String> sets() {
    return Stream.of("data/eval", "data/holdout", "data/holdout2");
  }

  private static Path root(String set) {
    return Path.of(System.getProperty("baocao.repo", "..")).resolve(set);
  }

  private static synchronized Map<String, ReportExtractor.Extraction> out(String set) throws IOException {
    Map<String, ReportExtractor.Extraction> cached = SETS.get(set);
    if (cached == null) {
      cached = extract(root(set));
      SETS.put(set, cached);
    }
    return cached;
  }

  static Map<String, ReportExtractor.Extraction> extract(Path eval) throws IOException {
    Map<String, ReportExtractor.Extraction> found = new HashMap<>();
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
        found.put(name, x.extract(b, b.length, meta));
      }
    }
    return found;
  }

  static List<Map<String, String>> read(Path p) throws IOException {
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      return CsvTables.parse(r);
    }
  }

  private static Map<String, List<Fact>> facts(String set) throws IOException {
    Map<String, List<Fact>> m = new HashMap<>();
    out(set).forEach((k, v) -> m.put(k, v.facts()));
    return m;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void focusIndicatorsMeetTheBar(String set) throws IOException {
    Path eval = root(set);
    GoldScore s = GoldScore.of(facts(set), read(eval.resolve("gold/facts.csv")), GoldScore.FOCUS);
    assertThat(s.gold).as("focus gold facts").isGreaterThan(100);
    assertThat(s.precision()).as("focus precision; extra records: %s", s.extra).isGreaterThanOrEqualTo(0.95);
    assertThat(s.recall()).as("focus recall; missed: %s", s.missed).isGreaterThanOrEqualTo(0.90);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void allIndicatorsStayAccurate(String set) throws IOException {
    Path eval = root(set);
    List<Map<String, String>> gold = read(eval.resolve("gold/facts.csv"));
    Set<String> scored = new HashSet<>();
    gold.forEach(g -> scored.add(g.get("indicator")));
    GoldScore s = GoldScore.of(facts(set), gold, scored);
    assertThat(s.precision()).as("precision over all indicators; extra: %s", s.extra).isGreaterThanOrEqualTo(0.95);
    assertThat(s.recall()).as("recall over all indicators; missed: %s", s.missed).isGreaterThanOrEqualTo(0.90);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void provincesAreRightForNearlyEveryDocument(String set) throws IOException {
    Path eval = root(set);
    Map<String, ReportExtractor.Extraction> extracted = out(set);
    List<Map<String, String>> docs = read(eval.resolve("gold/documents.csv"));
    int right = 0;
    StringBuilder wrong = new StringBuilder();
    for (Map<String, String> g : docs) {
      ReportExtractor.Document d = extracted.get(g.get("source_file")).document();
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
