package vn.baocao.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.baocao.extract.Fact;
import vn.baocao.extract.ReportExtractor;
import vn.baocao.reference.Reference;

/** The generator: deterministic, marked synthetic, and its gold true to its text. */
class GeneratorTest {
  private static final Set<String> FOCUS = Set.of("budget_revenue", "domestic_revenue", "budget_expenditure",
      "disbursement", "ntm_communes", "ntm_advanced_communes", "ntm_model_communes", "ntm_districts",
      "ntm_district_criteria");

  @TempDir Path tmp;

  @Test
  void sameSeedSameReportsOtherSeedOtherReports() {
    Generator a = new Generator(7);
    Generator b = new Generator(7);
    Generator c = new Generator(8);
    for (long i : new long[] {0, 1, 999, 123_456}) {
      assertThat(a.report(i)).as("report %d of seed 7, twice", i).isEqualTo(b.report(i));
      assertThat(c.report(i).text()).as("report %d of seeds 7 and 8", i).isNotEqualTo(a.report(i).text());
    }
  }

  @Test
  void everyTextIsMarkedSyntheticAndItsUrlIsInvalid() {
    Generator g = new Generator(3);
    for (long i = 0; i < 200; i++) {
      Generator.Report r = g.report(i);
      assertThat(r.text()).as("marker line of report %d", i).startsWith(Generator.MARKER_PREFIX + "3]\n");
      assertThat(r.url()).as("URL of report %d", i).startsWith("https://" + Generator.HOST + "/");
      assertThat(Synthetic.is(r.url(), r.text().getBytes(StandardCharsets.UTF_8))).as("detected, report %d", i).isTrue();
      assertThat(Synthetic.is(null, r.text().getBytes(StandardCharsets.UTF_8))).as("detected by text alone, %d", i).isTrue();
    }
    assertThat(Synthetic.is("https://travinh.gov.vn/a", "Ban Thường vụ Tỉnh ủy".getBytes(StandardCharsets.UTF_8)))
        .as("a real report").isFalse();
    assertThat(Synthetic.is("https://x.invalid/a", "Ban Thường vụ".getBytes(StandardCharsets.UTF_8)))
        .as("a .invalid URL alone").isTrue();
  }

  @Test
  void goldIsTrueToTheTextAndCoversEveryFocusIndicatorLevelAndPeriod() {
    Generator g = new Generator(11);
    Set<String> indicators = new HashSet<>();
    Set<String> levels = new HashSet<>();
    Set<String> periods = new HashSet<>();
    Set<String> provinces = new HashSet<>();
    for (long i = 0; i < 3000; i++) {
      Generator.Report r = g.report(i);
      for (Generator.GoldFact f : r.facts()) {
        assertThat(r.text()).as("evidence of %s in %s", f.indicator(), r.sourceFile()).contains(f.evidence());
        if (f.value() != null && f.measure().equals("level") && f.value() == Math.rint(f.value()) && f.value() < 1000) {
          assertThat(f.evidence()).as("the count or amount %s is written in its evidence", f.value())
              .containsPattern("(^|\\D)0?" + (long) (double) f.value() + "(\\D|$)");
        }
        indicators.add(f.indicator());
      }
      levels.add(r.doc().areaLevel());
      periods.add(r.doc().periodType());
      provinces.add(r.doc().provinceCode());
    }
    assertThat(indicators).as("focus indicators generated").containsAll(FOCUS);
    assertThat(levels).as("area levels").contains("province", "city", "town", "district");
    assertThat(periods).as("period forms").contains("month", "quarter", "half_year", "nine_months", "year", "midterm");
    assertThat(provinces).as("provinces").hasSize(63);
  }

  /**
   * The extractor on generated reports, scored as score-extraction does (focus indicators,
   * same indicator, measure and value within 0.5 %): a guard that the generator writes what
   * the extractor reads, and a figure that moves when either changes.
   */
  @Test
  void extractorFindsTheGeneratedFocusFacts() {
    Generator g = new Generator(5);
    ReportExtractor x = new ReportExtractor(Reference.defaults());
    int gold = 0;
    int found = 0;
    int predicted = 0;
    int provincesRight = 0;
    int n = 300;
    for (long i = 0; i < n; i++) {
      Generator.Report r = g.report(i);
      ReportExtractor.Extraction e = x.extract(r.text().getBytes(StandardCharsets.UTF_8), r.text().length(),
          new ReportExtractor.SourceMeta(r.url(), r.publishedDate()));
      List<Fact> facts = new ArrayList<>();
      for (Fact f : e.facts()) {
        if (FOCUS.contains(f.indicator())) {
          facts.add(f);
        }
      }
      predicted += facts.size();
      for (Generator.GoldFact gf : r.facts()) {
        if (!FOCUS.contains(gf.indicator())) {
          continue;
        }
        gold++;
        for (int k = 0; k < facts.size(); k++) {
          Fact f = facts.get(k);
          boolean same = f.indicator().equals(gf.indicator()) && f.measure().equals(gf.measure())
              && (gf.value() == null ? gf.assessment().equals(f.assessment())
                  : f.value() != null && Math.abs(f.value() - gf.value()) <= Math.max(0.01, 0.005 * Math.abs(gf.value())));
          if (same) {
            found++;
            facts.remove(k);
            break;
          }
        }
      }
      if (e.document().area() != null && r.doc().provinceName().equals(e.document().area().provinceName())) {
        provincesRight++;
      }
    }
    assertThat(gold).as("focus facts in %d generated reports", n).isGreaterThan(5 * n);
    assertThat((double) found / gold).as("recall (%d/%d)", found, gold).isGreaterThanOrEqualTo(0.95);
    assertThat((double) found / predicted).as("precision (%d/%d)", found, predicted).isGreaterThanOrEqualTo(0.95);
    assertThat(provincesRight).as("provinces right").isGreaterThanOrEqualTo(n * 95 / 100);
  }

  @Test
  void writesJsonLinesAndTextFoldersWithTheSameGold() throws IOException {
    Generator g = new Generator(9);
    CorpusWriter.Summary txt = CorpusWriter.write(g, 1203, tmp.resolve("t"), "txt");
    CorpusWriter.Summary gz = CorpusWriter.write(g, 1203, tmp.resolve("j"), "jsonl.gz");
    assertThat(Files.readString(tmp.resolve("t/gold/facts.csv"))).as("gold of both formats")
        .isEqualTo(Files.readString(tmp.resolve("j/gold/facts.csv")));
    assertThat(Files.readAllLines(tmp.resolve("t/gold/documents.csv"))).as("gold documents: header + one per report")
        .hasSize(1204)
        .first().isEqualTo("source_file,province_code,province_name,area_level,area_name,period_type,period_start,period_end");
    assertThat(Files.readString(tmp.resolve("t/texts/0001/g0001202.txt"))).as("a text file")
        .isEqualTo(g.report(1202).text());
    assertThat(Files.readAllLines(tmp.resolve("t/texts/sources.csv"))).as("sources.csv")
        .contains("0001/g0001202.txt," + g.report(1202).url() + "," + g.report(1202).publishedDate());
    List<String> lines;
    try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(gz.corpus()))) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertThat(lines).as("one JSON line per report").hasSize(1203);
    assertThat(lines.get(5)).as("JSON line 6").isEqualTo(CorpusWriter.jsonLine(g.report(5)).strip())
        .startsWith("{\"source_file\":\"g0000005.txt\",\"url\":\"https://synthetic.baocao.invalid/s9/5\"")
        .contains("\"text\":\"[GIẢ LẬP 9]\\n");
    assertThat(txt.textBytes()).as("text bytes counted alike").isEqualTo(gz.textBytes());
    assertThat(CorpusWriter.number(24.6)).as("gold number").isEqualTo("24.6");
    assertThat(CorpusWriter.number(3900.0)).as("gold number").isEqualTo("3900");
    assertThat(Generator.dec(72.39, 2)).as("Vietnamese decimal").isEqualTo("72,39");
    assertThat(Generator.integer(1234567)).as("Vietnamese thousands").isEqualTo("1.234.567");
  }
}
