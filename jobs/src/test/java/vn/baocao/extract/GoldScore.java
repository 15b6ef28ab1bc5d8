package vn.baocao.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scorer's matching rule in Java (shared/tools/score-extraction): a gold fact is found
 * by a record of the same file, indicator and measure with the same value (within 0.5 % or
 * 0.01) or, for assessments, the same word ("any" accepts every word).
 */
final class GoldScore {
  static final Set<String> FOCUS = Set.of("budget_revenue", "domestic_revenue", "budget_expenditure", "disbursement",
      "ntm_communes", "ntm_advanced_communes", "ntm_model_communes", "ntm_districts", "ntm_district_criteria");

  final List<String> missed = new ArrayList<>();
  final List<String> extra = new ArrayList<>();
  int gold;
  int found;
  int predicted;

  double precision() {
    return predicted == 0 ? 1.0 : (double) found / predicted;
  }

  double recall() {
    return gold == 0 ? 1.0 : (double) found / gold;
  }

  /** Scores facts per file against gold rows; {@code scored} limits the indicators counted. */
  static GoldScore of(Map<String, List<Fact>> byFile, List<Map<String, String>> goldFacts, Set<String> scored) {
    GoldScore s = new GoldScore();
    Map<String, List<Fact>> open = new HashMap<>();
    byFile.forEach((file, facts) -> open.put(file, new ArrayList<>(facts.stream().filter(f -> scored.contains(f.indicator())).toList())));
    open.values().forEach(l -> s.predicted += l.size());
    for (Map<String, String> g : goldFacts) {
      if (!scored.contains(g.get("indicator"))) {
        continue;
      }
      s.gold++;
      List<Fact> pool = open.getOrDefault(g.get("source_file"), new ArrayList<>());
      Fact hit = pool.stream().filter(f -> same(f, g)).findFirst().orElse(null);
      if (hit == null) {
        s.missed.add(g.get("source_file") + " " + g.get("indicator") + " " + g.get("measure") + " " + g.get("value") + " «" + g.get("evidence") + "»");
      } else {
        pool.remove(hit);
        s.found++;
      }
    }
    open.forEach((file, pool) -> pool.forEach(f -> s.extra.add(file + " " + f.indicator() + " " + f.measure() + " " + f.value() + " «" + f.evidence() + "»")));
    return s;
  }

  static boolean same(Fact f, Map<String, String> g) {
    if (!f.indicator().equals(g.get("indicator")) || !f.measure().equals(g.get("measure"))) {
      return false;
    }
    if (g.get("measure").equals("assessment")) {
      return f.assessment() != null && (g.get("assessment").equals(f.assessment()) || g.get("assessment").equals("any"));
    }
    double want = Double.parseDouble(g.get("value"));
    return f.value() != null && Math.abs(f.value() - want) <= Math.max(0.01, 0.005 * Math.abs(want));
  }
}
