package vn.baocao.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.baocao.compare.SparkTestSupport.byKey;
import static vn.baocao.compare.SparkTestSupport.cell;
import static vn.baocao.compare.SparkTestSupport.expectRow;
import static vn.baocao.compare.SparkTestSupport.key;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison tables on the illustrative fixture (src/test/resources/compare: invented
 * numbers for 14 provinces, not real statistics), as reported and on the 2025 boundaries.
 */
class ComparisonsTest {
  private static SparkSession spark;
  private static CompareJob.Input input;
  private static final Map<String, Dataset<Row>> FRAMES_2023 = new HashMap<>();
  private static final Map<String, Dataset<Row>> FRAMES_2025 = new HashMap<>();
  private static final Map<String, List<Row>> T2023 = new HashMap<>();
  private static final Map<String, List<Row>> T2025 = new HashMap<>();

  private static final String YTD = "ytd|2024-05-31";
  private static final String H1 = "half_year|2024-06-30";

  @BeforeAll
  static void compute() throws Exception {
    spark = SparkTestSupport.session("ComparisonsTest");
    Path fixture = Path.of(ComparisonsTest.class.getResource("/compare/records_illustrative.csv").toURI());
    input = CompareJob.read(spark, fixture.toString());
    FRAMES_2023.putAll(CompareJob.compare(spark, input.records(), "2023"));
    FRAMES_2025.putAll(CompareJob.compare(spark, input.records(), "2025"));
    FRAMES_2023.forEach((k, v) -> T2023.put(k, v.collectAsList()));
    FRAMES_2025.forEach((k, v) -> T2025.put(k, v.collectAsList()));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static Map<String, Row> province(Map<String, List<Row>> t, String table, String... keyColumns) {
    return byKey(table, t.get(table), key(keyColumns));
  }

  private static Map<String, Row> budget(Map<String, List<Row>> t) {
    return province(t, "budget", "province_code", "former_provinces", "period_type", "period_end");
  }

  private static Map<String, Row> disbursement(Map<String, List<Row>> t) {
    return province(t, "disbursement", "province_code", "former_provinces", "period_type", "period_end");
  }

  private static Map<String, Row> ntm(Map<String, List<Row>> t) {
    return province(t, "new_rural_area", "province_code", "former_provinces", "ntm_standard");
  }

  // ------------------------------------------------------------------ schemas

  @Test
  void everyTableMatchesItsDeclaredSchemaInBothViews() {
    assertThat(FRAMES_2023.keySet()).as("tables computed").containsExactlyInAnyOrderElementsOf(ComparisonSchemas.TABLES.keySet());
    for (Map<String, Dataset<Row>> frames : List.of(FRAMES_2023, FRAMES_2025)) {
      frames.forEach((name, df) -> {
        StructField[] want = ComparisonSchemas.TABLES.get(name).fields();
        StructField[] have = df.schema().fields();
        assertThat(have.length).as("%s: number of columns", name).isEqualTo(want.length);
        for (int i = 0; i < want.length; i++) {
          assertThat(have[i].name()).as("%s: column %d", name, i + 1).isEqualTo(want[i].name());
          assertThat(have[i].dataType().sameType(want[i].dataType()))
              .as("%s: type of %s is %s, declared %s", name, want[i].name(), have[i].dataType(), want[i].dataType()).isTrue();
        }
      });
    }
  }

  /**
   * The facts' checkpoint is freed once the tables are materialised: what stays persisted is
   * one checkpoint per table, which the writes and the report read, kept on disk rather than
   * in the heap the workbook and the writes need.
   */
  @Test
  void onlyTheTablesStayPersistedAfterACompareAndOnDisk() {
    Map<Object, org.apache.spark.rdd.RDD<?>> before =
        scala.jdk.javaapi.CollectionConverters.asJava(spark.sparkContext().getPersistentRDDs());
    java.util.Set<Object> known = new java.util.HashSet<>(before.keySet());
    Map<String, Dataset<Row>> tables = CompareJob.compare(spark, input.records(), "2023");
    Map<Object, org.apache.spark.rdd.RDD<?>> after =
        new HashMap<>(scala.jdk.javaapi.CollectionConverters.asJava(spark.sparkContext().getPersistentRDDs()));
    after.keySet().removeAll(known);
    assertThat(after).as("RDDs left persisted by one compare").hasSize(tables.size());
    after.values().forEach(rdd -> assertThat(rdd.getStorageLevel().useMemory())
        .as("RDD %s (%s) is held in memory", rdd.id(), rdd.getStorageLevel().description()).isFalse());
    assertThat(tables.get("budget").collectAsList()).as("the tables are still readable").isNotEmpty();
  }

  @Test
  void theFixtureHasNoQuarantineRows() {
    assertThat(input.quarantine().collectAsList()).as("quarantine of records_illustrative.csv").isEmpty();
  }

  // ------------------------------------------------------------------ budget, as reported

  @Test
  void budgetRanksWithinTheComparablePeriodGroup() {
    Map<String, Row> b = budget(T2023);
    Set<String> inGroup = new TreeSet<>();
    for (Row r : T2023.get("budget")) {
      if ("ytd 2024-05-31 (63)".equals(cell(r, "comparison_group"))) {
        inGroup.add(cell(r, "province_code"));
      }
    }
    assertThat(inGroup).as("provinces in the group ytd to 2024-05-31 (Cao Bằng has only a %%, so it is there with N/A)")
        .containsExactly("01", "04", "22", "38", "40", "48", "49", "83", "84", "86", "89", "91", "92", "93");
    String[][] expected = {
        {"01", "1", "1", "top", "above"}, {"22", "2", "1", "top", "above"}, {"38", "3", "1", "top", "above"},
        {"40", "4", "1", "top", "above"}, {"48", "5", "2", "upper_middle", "above"}, {"49", "6", "2", "upper_middle", "above"},
        {"92", "7", "2", "upper_middle", "median"}, {"91", "8", "3", "lower_middle", "below"}, {"86", "9", "3", "lower_middle", "below"},
        {"89", "10", "3", "lower_middle", "below"}, {"83", "11", "4", "bottom", "below"}, {"84", "12", "4", "bottom", "below"},
        {"93", "13", "4", "bottom", "below"}};
    for (String[] e : expected) {
      expectRow("budget", b, e[0] + "|null|" + YTD, "rank_in_group", e[1], "quartile", e[2], "tier", e[3], "vs_median", e[4],
          "group_size", 13, "group_median", 5000, "n_above_median", 6, "n_below_median", 6, "group_best", 180000,
          "best_in_group", "Hà Nội", "coverage", "whole", "admin_version", 63);
    }
    expectRow("budget", b, "84|null|" + YTD, "gap_to_best", 178000, "revenue_vnd_billion", 2000);
  }

  @Test
  void budgetMissingValuesAreNaNeverZero() {
    Map<String, Row> b = budget(T2023);
    expectRow("budget", b, "04|null|" + YTD, "revenue_vnd_billion", null, "rank_in_group", null, "quartile", null,
        "tier", null, "vs_median", null, "gap_to_best", null, "monthly_avg_vnd_billion", null,
        "pct_of_plan", 37.5, "plan_basis", "estimate", "group_size", 13);
    expectRow("budget", b, "40|null|half_year|2024-06-30", "revenue_vnd_billion", null, "rank_in_group", null,
        "flags", "low", "group_size", 1, "group_median", null, "comparison_group", "half_year 2024-06-30 (63)");
  }

  @Test
  void aProvinceAloneInItsGroupGetsNoRankTierOrMedian() {
    // Thanh Hóa is the only province with a half-year revenue: nothing to be compared with
    Map<String, Row> b = budget(T2023);
    expectRow("budget", b, "38|null|half_year|2024-06-30", "revenue_vnd_billion", 24000, "group_size", 1,
        "rank_in_group", null, "quartile", null, "tier", null, "vs_median", null, "group_median", null,
        "group_best", null, "best_in_group", null, "gap_to_best", null, "n_above_median", null, "n_below_median", null);
    Map<String, Row> s = province(T2023, "scorecard", "admin_version", "province_code");
    expectRow("scorecard", s, "63|38", "budget_revenue", 24000, "budget_revenue_rank", null);
  }

  @Test
  void budgetMonthsCoveredAndMonthlyAverage() {
    Map<String, Row> b = budget(T2023);
    expectRow("budget", b, "01|null|" + YTD, "months_covered", 5, "monthly_avg_vnd_billion", 36000,
        "pct_of_plan", 45.2, "change_yoy_pct", 12.1, "domestic_revenue_vnd_billion", 160000, "expenditure_vnd_billion", 60000);
    expectRow("budget", b, "01|null|month|2024-05-31", "months_covered", 1, "monthly_avg_vnd_billion", 36000,
        "rank_in_group", 1, "comparison_group", "month 2024-05-31 (63)", "group_size", 3);
    expectRow("budget", b, "38|null|half_year|2024-06-30", "months_covered", 6, "monthly_avg_vnd_billion", 4000, "rank_in_group", null);
  }

  @Test
  void budgetSubTotalsAndConflictingSources() {
    Map<String, Row> b = budget(T2023);
    expectRow("budget", b, "38|null|" + YTD, "revenue_vnd_billion", 18000, "several_amounts_stated", true,
        "source_conflict", false, "conflicting_values", null, "n_sources", 1);
    expectRow("budget", b, "22|null|" + YTD, "revenue_vnd_billion", 20000, "source_conflict", true, "n_sources", 2,
        "doc_ids", "ill-22-b5a;ill-22-b5b",
        "conflicting_values", "budget_revenue level: 19500 [ill-22-b5b]; 20000 [ill-22-b5a]");
    expectRow("budget", b, "01|null|" + YTD, "source_conflict", false, "several_amounts_stated", false, "doc_ids", "ill-01-b5");
  }

  @Test
  void conflictRulePrefersTheLatestPublishedSource() {
    Dataset<Row> docs = spark.sql("SELECT * FROM VALUES ('ill-22-b5a', DATE'2024-06-05'), ('ill-22-b5b', DATE'2024-06-20') "
        + "AS d(doc_id, published_date)");
    input.records().createOrReplaceTempView("conflict_records");
    docs.createOrReplaceTempView("conflict_docs");
    spark.sql(Facts.normalised("conflict_records", "conflict_docs")).createOrReplaceTempView("conflict_norm");
    List<Row> rows = spark.sql("SELECT value, source_conflict, doc_ids FROM (" + Facts.facts("conflict_norm") + ") "
        + "WHERE province_code = '22' AND indicator = 'budget_revenue' AND measure = 'level'").collectAsList();
    assertThat(rows).as("facts for Quảng Ninh's revenue to May").hasSize(1);
    assertThat(cell(rows.get(0), "value")).as("the later report (19500, published 2024-06-20) wins over the earlier exact one").isEqualTo("19500");
    assertThat(cell(rows.get(0), "source_conflict")).as("still flagged").isEqualTo("true");
  }

  /**
   * bin/baocao turns on Spark's sort aggregate, which streams the facts' GROUP BY over the
   * rows their lag window sorted; without it Spark plans an object hash aggregate. The facts
   * must not depend on which.
   */
  @Test
  void factsAreTheSameWithTheSortOrTheHashAggregate() {
    String flag = "spark.sql.execution.replaceHashWithSortAgg";
    input.records().createOrReplaceTempView("agg_records");
    spark.sql(Facts.normalised("agg_records", null)).createOrReplaceTempView("agg_norm");
    String before = spark.conf().get(flag);
    List<String> sorted;
    List<String> hashed;
    String sortedPlan;
    try {
      spark.conf().set(flag, "true");
      Dataset<Row> f = spark.sql(Facts.facts("agg_norm"));
      sortedPlan = f.queryExecution().executedPlan().toString();
      sorted = f.collectAsList().stream().map(Row::toString).sorted().toList();
      spark.conf().set(flag, "false");
      hashed = spark.sql(Facts.facts("agg_norm")).collectAsList().stream().map(Row::toString).sorted().toList();
    } finally {
      spark.conf().set(flag, before);
    }
    assertThat(sortedPlan).as("the facts' GROUP BY runs as a sort aggregate").contains("SortAggregate");
    assertThat(sorted).as("facts with the sort aggregate").isNotEmpty().isEqualTo(hashed);
  }

  /** Headline per report, then the choice across reports: latest date, exact over approximate, smallest doc_id. */
  @Test
  void headlinesAndTheChoiceAmongReports() {
    String key = "63, 'province', CAST(NULL AS STRING), '22', 'Quảng Ninh', '22', 'Quảng Ninh', 'budget', 'budget_revenue', "
        + "'level', CAST(NULL AS STRING), 'vnd_billion', 'ytd', DATE'2024-01-01', DATE'2024-05-31'";
    spark.sql("SELECT doc_id, source_file, CAST(record_no AS INT) AS record_no, CAST(admin_version AS INT) AS admin_version, "
        + "area_level, area_name, province_code, province_name, province_code_2025, province_name_2025, category, indicator, "
        + "measure, basis, unit, period_type, period_start, period_end, CAST(value AS DOUBLE) AS value, "
        + "CAST(NULL AS DOUBLE) AS denominator, approx FROM VALUES "
        + "('d1', 'a.txt', 1, " + key + ", 500, 'about'), ('d1', 'a.txt', 2, " + key + ", 800, 'about'), "
        + "('d3', 'c.txt', 1, " + key + ", 900, CAST(NULL AS STRING)), ('d2', 'b.txt', 1, " + key + ", 700, 'exact') "
        + "AS r(doc_id, source_file, record_no, admin_version, area_level, area_name, province_code, province_name, "
        + "province_code_2025, province_name_2025, category, indicator, measure, basis, unit, period_type, period_start, "
        + "period_end, value, approx)").createOrReplaceTempView("choice_records");
    spark.sql("SELECT * FROM VALUES ('d1', DATE'2024-06-10'), ('d2', CAST(NULL AS DATE)), ('d3', DATE'2024-06-01') "
        + "AS d(doc_id, published_date)").createOrReplaceTempView("choice_docs");
    spark.sql(Facts.normalised("choice_records", null)).createOrReplaceTempView("choice_undated");
    spark.sql(Facts.normalised("choice_records", "choice_docs")).createOrReplaceTempView("choice_dated");
    String cols = "value, n_values, source_conflict, conflicting_values, array_join(doc_ids, ';') AS doc_ids";

    List<Row> undated = spark.sql("SELECT " + cols + " FROM (" + Facts.facts("choice_undated") + ")").collectAsList();
    assertThat(undated).as("one fact").hasSize(1);
    assertThat(cell(undated.get(0), "value")).as("no dates: exact before approximate, then the smaller doc_id").isEqualTo("700");
    assertThat(cell(undated.get(0), "n_values")).as("distinct values stated, sub-totals included").isEqualTo("4");
    assertThat(cell(undated.get(0), "source_conflict")).as("the headlines differ").isEqualTo("true");
    assertThat(cell(undated.get(0), "conflicting_values")).as("each report's headline, the largest of d1's two")
        .isEqualTo("700 [d2]; 800 [d1]; 900 [d3]");
    assertThat(cell(undated.get(0), "doc_ids")).as("sources").isEqualTo("d1;d2;d3");

    List<Row> dated = spark.sql("SELECT " + cols + " FROM (" + Facts.facts("choice_dated") + ")").collectAsList();
    assertThat(cell(dated.get(0), "value")).as("the latest report wins, approximate or not; an unknown date comes last")
        .isEqualTo("800");
  }

  // ------------------------------------------------------------------ disbursement, as reported

  @Test
  void disbursementRanksMedianCallOutsAndBestPerformer() {
    Map<String, Row> d = disbursement(T2023);
    String[][] expected = {
        {"38", "1", "1", "above"}, {"22", "2", "1", "above"}, {"86", "3", "1", "above"}, {"49", "4", "1", "above"},
        {"91", "5", "2", "above"}, {"01", "6", "2", "above"}, {"89", "7", "2", "median"}, {"83", "8", "3", "below"},
        {"40", "9", "3", "below"}, {"84", "10", "3", "below"}, {"92", "11", "4", "below"}, {"48", "12", "4", "below"},
        {"04", "13", "4", "below"}};
    for (String[] e : expected) {
      expectRow("disbursement", d, e[0] + "|null|" + H1, "rank_in_group", e[1], "quartile", e[2], "vs_median", e[3],
          "group_size", 13, "group_median_pct", 33, "group_best_pct", 52, "best_in_group", "Thanh Hóa",
          "group_bases", "assigned_plan;plan", "n_above_median", 6, "n_below_median", 6, "months_covered", 6);
    }
    expectRow("disbursement", d, "04|null|" + H1, "pct_of_plan", 12.5, "below_15_pct", true, "below_20_pct", true,
        "gap_to_best_pct", 39.5, "flags", "low", "tier", "bottom");
    expectRow("disbursement", d, "48|null|" + H1, "pct_of_plan", 18, "below_15_pct", false, "below_20_pct", true,
        "plan_basis", "assigned_plan", "pct_vs_assigned_plan", 18, "pct_vs_plan", null);
    expectRow("disbursement", d, "92|null|" + H1, "below_15_pct", false, "below_20_pct", false);
    expectRow("disbursement", d, "01|null|" + H1, "pct_of_plan", 35, "plan_basis", "assigned_plan", "disbursed_vnd_billion", 14000,
        "plan_vnd_billion", 40000, "monthly_avg_vnd_billion", 2333.333);
  }

  @Test
  void disbursementFlagsSitOnTheFigureTheyQualify() {
    Map<String, Row> d = disbursement(T2023);
    expectRow("disbursement", d, "40|null|" + H1, "pct_of_plan", 28, "flags", "slow", "rank_in_group", 9);
    assertThat(d).as("the 'slow' flag read with a month period moved to the half-year figure")
        .doesNotContainKey("40|null|month|2024-06-30");
    expectRow("disbursement", d, "93|null|" + H1, "pct_of_plan", null, "flags", "low", "rank_in_group", null,
        "below_15_pct", null, "vs_median", null);
  }

  // ------------------------------------------------------------------ new rural area, as reported

  @Test
  void newRuralAreaSharesRanksAndChecks() {
    Map<String, Row> n = ntm(T2023);
    String old = "criteria19_2021_2025";
    for (String c : List.of("01", "48", "92")) {
      expectRow("new_rural_area", n, c + "|null|" + old, "share_pct", 100, "rank_by_share", 1, "quartile", 1,
          "best_in_group", "Cần Thơ; Hà Nội; Đà Nẵng");
    }
    expectRow("new_rural_area", n, "38|null|" + old, "as_of", "2024-12-31", "ntm_communes", 400, "total_communes", 470,
        "share_pct", 85.1, "rank_by_share", 7, "vs_median", "median", "group_size", 13, "group_median_pct", 85.1);
    expectRow("new_rural_area", n, "93|null|" + old, "as_of", "2024-06-30", "share_pct", 88.2, "rank_by_share", 6);
    expectRow("new_rural_area", n, "89|null|" + old, "share_pct", 79.8, "stated_share_pct", 85, "share_mismatch", true,
        "rank_by_share", 8);
    expectRow("new_rural_area", n, "04|null|" + old, "share_pct", 24.8, "rank_by_share", 13, "tier", "bottom",
        "gap_to_best_pct", 75.2, "share_mismatch", null);
    expectRow("new_rural_area", n, "01|null|" + old, "advanced_communes", 150, "model_communes", 30, "ntm_districts", 18);
    assertThat(n).as("Quảng Ninh states no NTM figure: no row rather than a zero").doesNotContainKey("22|null|" + old);
  }

  @Test
  void newRuralAreaNeverRanksAcrossStandards() {
    Map<String, Row> n = ntm(T2023);
    expectRow("new_rural_area", n, "86|null|qd51_2025", "admin_version", 34, "as_of", "2026-06-30", "share_pct", 8.1,
        "rank_by_share", 1, "group_size", 2, "comparison_group", "qd51_2025 (34)");
    expectRow("new_rural_area", n, "91|null|qd51_2025", "share_pct", 4.9, "rank_by_share", 2, "group_size", 2);
    expectRow("new_rural_area", n, "86|null|criteria19_2021_2025", "admin_version", 63, "share_pct", 89.9, "rank_by_share", 5,
        "comparison_group", "criteria19_2021_2025 (63)");
  }

  // ------------------------------------------------------------------ units and scorecard, as reported

  @Test
  void unitsFlagADistrictLargerThanItsProvince() {
    Map<String, Row> u = province(T2023, "units", "area_name", "indicator", "measure", "period_end");
    expectRow("units", u, "Càng Long|budget_revenue|level|2024-05-31", "province_value", 2000, "exceeds_province", true,
        "rank_in_province", 1, "group_size", 2, "province_name", "Trà Vinh", "area_level", "district");
    expectRow("units", u, "Cầu Kè|budget_revenue|level|2024-05-31", "exceeds_province", false, "rank_in_province", 2);
    expectRow("units", u, "Giồng Trôm|ntm_communes|level|2024-12-31", "value", 10, "denominator", 21,
        "province_value", 110, "exceeds_province", false);
  }

  @Test
  void scorecardHasEveryProvinceWithNaForUnknownIndicators() {
    Map<String, Row> s = province(T2023, "scorecard", "admin_version", "province_code");
    assertThat(s).as("63 provinces plus the two reported on the 34-province map").hasSize(65);
    expectRow("scorecard", s, "63|01", "budget_revenue", 180000, "budget_revenue_period", "ytd", "budget_revenue_rank", 1,
        "budget_revenue_period_end", "2024-05-31", "disbursement", 35, "disbursement_measure", "pct_of_plan",
        "disbursement_rank", 6, "ntm_communes", 382, "ntm_communes_rank", 1, "indicators_known", 8);
    expectRow("scorecard", s, "63|38", "budget_revenue", 24000, "budget_revenue_period", "half_year", "budget_revenue_rank", null);
    expectRow("scorecard", s, "63|02", "indicators_known", 0, "budget_revenue", null, "budget_revenue_rank", null, "doc_ids", "");
    expectRow("scorecard", s, "34|86", "ntm_communes", 10, "ntm_communes_rank", 1, "indicators_known", 1);
  }

  // ------------------------------------------------------------------ the 2025 view

  @Test
  void view2025AddsUpBudgetOnlyWhenEveryFormerProvinceReports() {
    Map<String, Row> b = budget(T2025);
    expectRow("budget", b, "86|Bến Tre; Trà Vinh; Vĩnh Long|" + YTD, "admin_version", 34, "province_name", "Vĩnh Long",
        "coverage", "whole", "revenue_vnd_billion", 8000, "pct_of_plan", 40.7, "plan_basis", "estimate", "rank_in_group", 6,
        "quartile", 3, "group_size", 7, "group_median", 15000, "monthly_avg_vnd_billion", 1600,
        "doc_ids", "ill-83-b5;ill-84-b5;ill-86-b5");
    expectRow("budget", b, "91|An Giang; Kiên Giang|" + YTD, "revenue_vnd_billion", 7000, "change_yoy_pct", 0.88,
        "pct_of_plan", 38.83, "rank_in_group", 7, "quartile", 4);
    expectRow("budget", b, "48|Đà Nẵng; Quảng Nam|" + YTD, "revenue_vnd_billion", 15000, "pct_of_plan", 38.41,
        "rank_in_group", 4, "vs_median", "median");
    // Cần Thơ: Sóc Trăng reports nothing, so Cần Thơ and Hậu Giang stay as parts, unranked
    expectRow("budget", b, "92|Cần Thơ|" + YTD, "coverage", "partial", "province_name", "Cần Thơ", "revenue_vnd_billion", 5000,
        "rank_in_group", null, "vs_median", null, "group_size", 7);
    expectRow("budget", b, "92|Hậu Giang|" + YTD, "coverage", "partial", "revenue_vnd_billion", 1800, "rank_in_group", null);
    // unchanged provinces are whole, named as before; a missing amount stays N/A
    expectRow("budget", b, "01|Hà Nội|" + YTD, "coverage", "whole", "rank_in_group", 1, "revenue_vnd_billion", 180000);
    expectRow("budget", b, "04|Cao Bằng|" + YTD, "coverage", "whole", "revenue_vnd_billion", null, "rank_in_group", null,
        "pct_of_plan", 37.5);
    // the month of May: Bến Tre is missing, so Trà Vinh and Vĩnh Long stay as parts
    expectRow("budget", b, "86|Trà Vinh|month|2024-05-31", "coverage", "partial", "revenue_vnd_billion", 420);
    for (Row r : T2025.get("budget")) {
      assertThat(cell(r, "admin_version")).as("admin_version of budget row %s", r).isEqualTo("34");
    }
  }

  @Test
  void view2025RecomputesDisbursementFromNumeratorsAndDenominators() {
    Map<String, Row> d = disbursement(T2025);
    expectRow("disbursement", d, "86|Bến Tre; Trà Vinh; Vĩnh Long|" + H1, "pct_of_plan", 35, "plan_basis", "plan",
        "pct_vs_plan", 35, "pct_vs_assigned_plan", null, "disbursed_vnd_billion", 2450, "rank_in_group", 3, "vs_median", "median");
    expectRow("disbursement", d, "01|Hà Nội|" + H1, "pct_of_plan", 35, "rank_in_group", 3, "vs_median", "median");
    expectRow("disbursement", d, "48|Đà Nẵng; Quảng Nam|" + H1, "pct_of_plan", 29, "plan_basis", "assigned_plan",
        "pct_vs_assigned_plan", 29, "rank_in_group", 5, "group_size", 7, "group_median_pct", 35,
        "n_above_median", 2, "n_below_median", 3);
    // An Giang and Kiên Giang state a % but no amount: no denominator, so no sum
    expectRow("disbursement", d, "91|An Giang|" + H1, "coverage", "partial", "pct_of_plan", 33, "rank_in_group", null);
    expectRow("disbursement", d, "91|Kiên Giang|" + H1, "coverage", "partial", "pct_of_plan", 38, "rank_in_group", null);
    expectRow("disbursement", d, "92|Hậu Giang|" + H1, "coverage", "partial", "pct_of_plan", null, "flags", "low");
    expectRow("disbursement", d, "04|Cao Bằng|" + H1, "rank_in_group", 7, "below_15_pct", true);
  }

  @Test
  void view2025NewRuralArea() {
    Map<String, Row> n = ntm(T2025);
    String old = "criteria19_2021_2025";
    expectRow("new_rural_area", n, "86|Bến Tre; Trà Vinh; Vĩnh Long|" + old, "ntm_communes", 270, "total_communes", 321,
        "share_pct", 84.1, "advanced_communes", 60, "rank_by_share", 3, "coverage", "whole", "as_of", "2024-12-31");
    expectRow("new_rural_area", n, "91|An Giang; Kiên Giang|" + old, "share_pct", 78.7, "stated_share_pct", null,
        "share_mismatch", null, "rank_by_share", 4, "vs_median", "median");
    expectRow("new_rural_area", n, "48|Đà Nẵng; Quảng Nam|" + old, "share_pct", 64.2, "rank_by_share", 6);
    // Hậu Giang's count is of another date: Cần Thơ's parts stay apart
    expectRow("new_rural_area", n, "92|Cần Thơ|" + old, "coverage", "partial", "rank_by_share", null, "share_pct", 100);
    expectRow("new_rural_area", n, "92|Hậu Giang|" + old, "coverage", "partial", "as_of", "2024-06-30");
    expectRow("new_rural_area", n, "86|null|qd51_2025", "share_pct", 8.1, "rank_by_share", 1, "group_size", 2);
    expectRow("new_rural_area", n, "01|Hà Nội|" + old, "rank_by_share", 1, "group_size", 7);
  }

  @Test
  void view2025UnitsAndScorecard() {
    Map<String, Row> u = province(T2025, "units", "area_name", "indicator", "measure", "period_end");
    expectRow("units", u, "Càng Long|budget_revenue|level|2024-05-31", "admin_version", 34, "province_code", "86",
        "province_name", "Vĩnh Long", "former_provinces", "Trà Vinh", "exceeds_province", true, "province_value", 2000);
    Map<String, Row> s = province(T2025, "scorecard", "admin_version", "province_code");
    assertThat(s).as("one scorecard row per post-merger province").hasSize(34);
    expectRow("scorecard", s, "34|86", "province_name", "Vĩnh Long", "former_provinces", "Bến Tre; Trà Vinh; Vĩnh Long",
        "budget_revenue", 8000, "budget_revenue_rank", 6, "disbursement", 35, "disbursement_rank", 3);
    expectRow("scorecard", s, "34|92", "budget_revenue", null, "indicators_known", 0);
  }

  @Test
  void communeCountAndTotalComeFromTheSameRecord(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    // ILLUSTRATIVE: one report states "24 xã đạt chuẩn" and, in another sentence, "10/21 xã"
    Path csv = tmp.resolve("two_counts.csv");
    java.nio.file.Files.writeString(csv, String.join("\n",
        "doc_id,source_file,record_no,admin_version,area_level,province_code,period_type,period_start,period_end,indicator,measure,value,unit,denominator",
        "d1,a.txt,1,63,province,56,as_of,2024-06-30,2024-06-30,ntm_communes,level,24,count,",
        "d1,a.txt,2,63,province,56,as_of,2024-06-30,2024-06-30,ntm_communes,level,10,count,21",
        ""), java.nio.charset.StandardCharsets.UTF_8);
    CompareJob.Input in = CompareJob.read(spark, csv.toString());
    List<Row> rows = CompareJob.compare(spark, in.records(), "2023").get("new_rural_area").collectAsList();
    assertThat(rows).as("one new_rural_area row").hasSize(1);
    Row r = rows.get(0);
    assertThat(r.<Double>getAs("ntm_communes")).as("count stated with its total").isEqualTo(10.0);
    assertThat(r.<Double>getAs("total_communes")).as("total of that same statement").isEqualTo(21.0);
  }

  /**
   * Facts are partitioned by two hashes of their key; Spark's hash skips nulls, so the second
   * one must tell a key from the same values shifted into other columns.
   */
  @Test
  void theSecondFactKeyHashSeesWhereTheNullsAre() {
    String values = " FROM VALUES ('x', CAST(NULL AS STRING), 'y'), (CAST(NULL AS STRING), 'x', 'y'), ('x', 'y', CAST(NULL AS STRING)) AS t(a, b, c)";
    long plain = spark.sql("SELECT count(DISTINCT xxhash64(a, b, c))" + values).first().getLong(0);
    long nullSafe = spark.sql("SELECT count(DISTINCT " + Facts.nullSafeHash("a, b, c") + ")" + values).first().getLong(0);
    assertThat(plain).as("xxhash64 alone: one hash for the three keys (why the second hash exists)").isEqualTo(1);
    assertThat(nullSafe).as("the null-aware hash: three keys, three hashes").isEqualTo(3);
  }
}
