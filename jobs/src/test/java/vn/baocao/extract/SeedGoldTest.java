package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.baocao.reference.CsvTables;
import vn.baocao.reference.Reference;

/**
 * Pins the hand-written gold facts of the five seed reports (copied from shared/gold/seeds):
 * every fact found, no record of a scored indicator beyond them, every document filed right.
 * The matching rule is the scorer's: same file, indicator, measure, value within 0.5 %.
 */
class SeedGoldTest {
  // GoldScore holds the shared matching rule; this class pins the seeds at exactly 1.00.
  private static final Map<String, ReportExtractor.Extraction> OUT = new HashMap<>();

  @BeforeAll
  static void extractSeeds() throws IOException {
    ReportExtractor x = new ReportExtractor(Reference.defaults());
    Path seeds = Path.of(System.getProperty("baocao.repo", "..")).resolve("seeds");
    try (var files = Files.list(seeds)) {
      for (Path p : files.sorted().toList()) {
        byte[] b = Files.readAllBytes(p);
        OUT.put(p.getFileName().toString(), x.extract(b, b.length, ReportExtractor.SourceMeta.NONE));
      }
    }
  }

  static List<Map<String, String>> gold(String name) throws IOException {
    try (Reader r = new InputStreamReader(SeedGoldTest.class.getClassLoader().getResourceAsStream("gold/seeds/" + name), StandardCharsets.UTF_8)) {
      return CsvTables.parse(r);
    }
  }

  @Test
  void everyGoldFactIsFoundAndNothingElse() throws IOException {
    List<Map<String, String>> facts = gold("facts.csv");
    java.util.Set<String> scored = new java.util.HashSet<>();
    facts.forEach(f -> scored.add(f.get("indicator")));
    Map<String, List<Fact>> open = new HashMap<>();
    OUT.forEach((file, x) -> open.put(file, new ArrayList<>(x.facts().stream().filter(f -> scored.contains(f.indicator())).toList())));
    List<String> missed = new ArrayList<>();
    for (Map<String, String> g : facts) {
      List<Fact> pool = open.getOrDefault(g.get("source_file"), new ArrayList<>());
      Fact hit = pool.stream().filter(f -> same(f, g)).findFirst().orElse(null);
      if (hit == null) {
        missed.add(g.get("source_file") + " " + g.get("indicator") + " " + g.get("measure") + " " + g.get("value") + " «" + g.get("evidence") + "»");
      } else {
        pool.remove(hit);
      }
    }
    List<String> extra = new ArrayList<>();
    open.forEach((file, pool) -> pool.forEach(f -> extra.add(file + " " + f.indicator() + " " + f.measure() + " " + f.value() + " «" + f.evidence() + "»")));
    assertThat(missed).as("gold facts not found (recall must be 1.00 over %d facts)", facts.size()).isEmpty();
    assertThat(extra).as("records beyond the gold set (precision must be 1.00)").isEmpty();
    assertThat(facts).as("the gold set has 49 facts").hasSize(49);
  }

  private static boolean same(Fact f, Map<String, String> g) {
    if (!f.indicator().equals(g.get("indicator")) || !f.measure().equals(g.get("measure"))) {
      return false;
    }
    if (g.get("measure").equals("assessment")) {
      return g.get("assessment").equals(f.assessment()) || g.get("assessment").equals("any");
    }
    double want = Double.parseDouble(g.get("value"));
    return f.value() != null && Math.abs(f.value() - want) <= Math.max(0.01, 0.005 * Math.abs(want));
  }

  @Test
  void everySeedIsFiledUnderTheRightUnitAndPeriod() throws IOException {
    for (Map<String, String> g : gold("documents.csv")) {
      ReportExtractor.Document d = OUT.get(g.get("source_file")).document();
      String file = g.get("source_file");
      assertThat(d.area()).as("%s has an area", file).isNotNull();
      assertThat(d.area().provinceName()).as("%s province", file).isEqualTo(g.get("province_name"));
      assertThat(d.area().provinceCode()).as("%s province code", file).isEqualTo(g.get("province_code"));
      assertThat(d.area().level() + " " + d.area().name()).as("%s unit", file).isEqualTo(g.get("area_level") + " " + g.get("area_name"));
      assertThat(d.period()).as("%s has a period", file).isNotNull();
      assertThat(d.period().type()).as("%s period type", file).isEqualTo(g.get("period_type"));
      assertThat(d.period().start()).as("%s period start", file).hasToString(g.get("period_start"));
      assertThat(d.period().end()).as("%s period end", file).hasToString(g.get("period_end"));
    }
  }
}
