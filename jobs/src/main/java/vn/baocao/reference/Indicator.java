package vn.baocao.reference;

import java.io.Serializable;
import java.util.List;

/**
 * One indicator of the catalogue (data/reference/indicators.csv).
 *
 * @param code stable code written to outputs
 * @param category budget, disbursement, new_rural_area, economy, social, party
 * @param focus whether it is one of the comparison-table indicators
 * @param stock whether it is a stock ("đến nay" reads as as_of) rather than a flow
 * @param units unit kind its level figures take: money, money_per_capita, money_usd, count
 * @param percentDefault what a bare "đạt X%" means: "pct_of_plan:basis", "share" or "none"
 * @param countNouns nouns that must follow a count ("xã", "doanh nghiệp")
 * @param assessedInWords whether a sentence without a figure can assess it ("thu ngân sách đạt
 *     thấp", "giải ngân còn chậm"); a new-rural-area count is assessed only beside its figure
 */
public record Indicator(
    String code,
    String category,
    boolean focus,
    boolean stock,
    String units,
    String percentDefault,
    List<String> countNouns,
    boolean assessedInWords)
    implements Serializable {}
