package vn.baocao.reference;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.text.PhraseSet;
import vn.baocao.text.Text;

/**
 * The indicator catalogue and phrase lists (indicators.csv, phrases.csv, count_rules.csv),
 * loaded once and shared read-only; serializable so Spark can broadcast it.
 */
public final class Catalogue implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, Indicator> indicators;
  private final Map<String, PhraseSet> phrases;
  private final Map<String, Map<String, String>> phraseValues;
  private final List<CountRule> countRules;

  Catalogue(
      Map<String, Indicator> indicators,
      Map<String, PhraseSet> phrases,
      Map<String, Map<String, String>> phraseValues,
      List<CountRule> countRules) {
    this.indicators = indicators;
    this.phrases = phrases;
    this.phraseValues = phraseValues;
    this.countRules = countRules;
  }

  /** Loads the catalogue bundled on the classpath. */
  public static Catalogue load() {
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    for (Map<String, String> r : CsvTables.read("indicators.csv")) {
      indicators.put(
          r.get("code"),
          new Indicator(
              r.get("code"),
              r.get("category"),
              Boolean.parseBoolean(r.get("focus")),
              Boolean.parseBoolean(r.get("stock")),
              r.get("units"),
              r.get("percent_default"),
              keys(r.get("count_nouns")),
              Boolean.parseBoolean(r.get("assessed_in_words"))));
    }
    if (indicators.isEmpty()) {
      throw new IllegalStateException("Cannot load the indicator catalogue: indicators.csv is not on the classpath");
    }
    Map<String, Map<String, String>> values = new LinkedHashMap<>();
    for (Map<String, String> r : CsvTables.read("phrases.csv")) {
      values.computeIfAbsent(r.get("kind"), k -> new LinkedHashMap<>()).put(Text.key(r.get("phrase")), r.get("value"));
    }
    Map<String, PhraseSet> sets = new LinkedHashMap<>();
    values.forEach((kind, map) -> sets.put(kind, PhraseSet.of(map)));
    List<CountRule> rules = new ArrayList<>();
    for (Map<String, String> r : CsvTables.read("count_rules.csv")) {
      List<List<String>> require = new ArrayList<>();
      if (!r.get("require").isEmpty()) {
        for (String group : r.get("require").split("&")) {
          List<String> alts = new ArrayList<>();
          for (String alt : group.split("\\|")) {
            // "~" marks a topic word that may stand anywhere earlier in the clause chain
            String k = Text.key(alt);
            if (!k.isEmpty()) {
              alts.add(alt.trim().startsWith("~") ? "~" + k : k);
            }
          }
          require.add(List.copyOf(alts));
        }
      }
      rules.add(new CountRule(r.get("indicator"), keys(r.get("nouns")), keys(r.get("prefix_any")), require, keys(r.get("reject"))));
    }
    return new Catalogue(indicators, sets, values, rules);
  }

  private static List<String> keys(String pipeList) {
    if (pipeList == null || pipeList.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : pipeList.split("\\|")) {
      String k = Text.key(s);
      if (!k.isEmpty()) {
        out.add(k);
      }
    }
    return List.copyOf(out);
  }

  public Indicator indicator(String code) {
    return indicators.get(code);
  }

  public Map<String, Indicator> indicators() {
    return Collections.unmodifiableMap(indicators);
  }

  /** The phrase set of a kind (trigger, approx, basis, ...); empty if the kind is unknown. */
  public PhraseSet phrases(String kind) {
    PhraseSet set = phrases.get(kind);
    return set == null ? PhraseSet.of(List.of()) : set;
  }

  /** Phrase → value of a kind. */
  public Map<String, String> values(String kind) {
    return phraseValues.getOrDefault(kind, Map.of());
  }

  public List<CountRule> countRules() {
    return countRules;
  }

  static List<String> split(String s) {
    return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split("\\|"));
  }
}
