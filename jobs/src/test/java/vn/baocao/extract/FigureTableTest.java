package vn.baocao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.baocao.reference.Reference;
import vn.baocao.text.Text;

/**
 * The sentence table (sentences/figures.tsv): report-style Vietnamese sentences and the
 * records an analyst reads from them, traps included. Every expected record must be found and
 * nothing else may be.
 */
class FigureTableTest {
  private static FigureExtractor extractor;

  @BeforeAll
  static void load() {
    Reference ref = Reference.defaults();
    extractor = new FigureExtractor(ref.catalogue(), key -> ref.gazetteer().provinceByName(key).isPresent());
  }

  static Stream<Arguments> cases() {
    return SentenceCases.table("sentences/figures.tsv").stream()
        .map(r -> Arguments.of(r.get("id"), r.get("doc_period"), r.get("sentence"), r.get("expected"), r.get("note")));
  }

  @ParameterizedTest(name = "{0}: {4}")
  @MethodSource("cases")
  void readsTheSentenceLikeAnAnalyst(String id, String docPeriod, String sentence, String expected, String note) {
    String text = Text.normalise(sentence);
    Period period = SentenceCases.period(docPeriod);
    List<Fact> facts = extractor.extract(text, List.of(new Span(0, text.length())), new FigureExtractor.Context(period, null));
    List<SentenceCases.Expected> want = new ArrayList<>();
    if (!expected.trim().equals("-")) {
      for (String e : expected.split(" ; ")) {
        want.add(SentenceCases.Expected.parse(e));
      }
    }
    List<Fact> unmatched = new ArrayList<>(facts);
    List<SentenceCases.Expected> missed = new ArrayList<>();
    for (SentenceCases.Expected e : want) {
      Fact hit = unmatched.stream().filter(e::matches).findFirst().orElse(null);
      if (hit == null) {
        missed.add(e);
      } else {
        unmatched.remove(hit);
      }
    }
    assertThat(missed).as("%s: records not read from «%s»; got %s", id, sentence, describe(facts)).isEmpty();
    assertThat(describe(unmatched)).as("%s: records read that an analyst would not read from «%s»", id, sentence).isEmpty();
  }

  static List<String> describe(List<Fact> facts) {
    List<String> out = new ArrayList<>();
    for (Fact f : facts) {
      out.add(f.indicator() + " " + f.measure() + " " + f.value() + " " + f.unit() + " basis=" + f.basis() + " den=" + f.denominator()
          + " approx=" + f.approx() + " period=" + (f.period() == null ? null : f.period().type()) + " assessment=" + f.assessment()
          + " «" + f.evidence() + "»");
    }
    return out;
  }
}
