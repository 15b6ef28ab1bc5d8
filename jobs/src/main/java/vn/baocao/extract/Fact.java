package vn.baocao.extract;

import java.io.Serializable;

/**
 * One stated figure or qualitative assessment, as the extractor read it (before the area is
 * attached).
 *
 * @param indicator catalogue code
 * @param category catalogue category
 * @param measure level, pct_of_plan, change, share or assessment
 * @param value the number in {@code unit}; null for assessments
 * @param unit vnd_billion, vnd_million, usd_million, percent, count, ha; null for assessments
 * @param basis estimate, plan, assigned_plan, resolution, yoy, mom, annual_avg or null
 * @param denominator the "126" of "108/126 xã", or null
 * @param approx exact, over, under, about; null for assessments
 * @param assessment low, slow, high, declining; null for figures
 * @param period the record's own period
 * @param evidence the clause the figure was read from
 * @param charStart offset of the evidence in the normalised text
 * @param charEnd end offset of the evidence
 * @param areaHint "district|châu thành" when the clause names its own unit, else null
 * @param area the record's own area when it differs from the document's, else null
 */
public record Fact(
    String indicator,
    String category,
    String measure,
    Double value,
    String unit,
    String basis,
    Double denominator,
    String approx,
    String assessment,
    Period period,
    String evidence,
    int charStart,
    int charEnd,
    String areaHint,
    AreaResolver.Area area)
    implements Serializable {

  /** The same fact attributed to another area. */
  public Fact withArea(AreaResolver.Area a) {
    return new Fact(indicator, category, measure, value, unit, basis, denominator, approx, assessment, period,
        evidence, charStart, charEnd, areaHint, a);
  }
}
