package vn.baocao.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The indicator catalogue as loaded from data/reference/indicators.csv. */
class CatalogueTest {
  private static final Catalogue CAT = Catalogue.load();

  @Test
  void budgetAndDisbursementAreAssessedInWordsAndNewRuralAreaCountsAreNot() {
    for (String code : List.of("budget_revenue", "domestic_revenue", "budget_expenditure", "disbursement")) {
      assertThat(CAT.indicator(code).assessedInWords()).as("'%s' can be assessed without a figure", code).isTrue();
    }
    for (String code : List.of("ntm_communes", "ntm_districts", "industrial_output")) {
      assertThat(CAT.indicator(code).assessedInWords()).as("'%s' is assessed only beside its figure", code).isFalse();
    }
  }

  @Test
  void everyIndicatorHasACategoryAndAUnitKind() {
    assertThat(CAT.indicators()).as("indicators loaded").isNotEmpty();
    CAT.indicators().forEach((code, ind) -> {
      assertThat(ind.code()).as("code of %s", code).isEqualTo(code);
      assertThat(ind.category()).as("category of %s", code).isNotBlank();
      assertThat(ind.units()).as("units of %s", code).isNotBlank();
    });
  }
}
