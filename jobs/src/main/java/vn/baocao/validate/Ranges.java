package vn.baocao.validate;

import java.util.Locale;
import java.util.Map;

/**
 * The range a stated figure can have, shared by the extractor's records and hand-entered
 * records CSV: a value outside it is a misreading or a typing error, never a fact to compare.
 * Limits are generous (a thousand times Viet Nam's yearly GDP for an amount): they catch
 * overflow and nonsense, not unusual provinces.
 */
public final class Ranges {
  private Ranges() {}

  /** Stable quarantine code for a figure outside its range. */
  public static final String OUT_OF_RANGE = "out_of_range";

  /** Largest absolute level per unit. */
  static final Map<String, Double> MAX_LEVEL = Map.of(
      "vnd_billion", 1e10,
      "vnd_million", 1e13,
      "usd_million", 1e8,
      "ha", 1e8,
      "count", 1e8,
      "percent", 1e4);

  /** What is wrong: the field ({@code value} or {@code denominator}) and why. */
  public record Problem(String field, String detail) {}

  /** Why {@code value} (and {@code denominator}) cannot be this figure, or null if it can. */
  public static Problem problem(String indicator, String measure, String unit, Double value, Double denominator) {
    String what = indicator + " " + measure;
    if (value != null) {
      double v = value;
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        return new Problem("value", what + ": value is not a finite number");
      }
      Double max = unit == null ? null : MAX_LEVEL.get(unit);
      if (max != null && Math.abs(v) > max) {
        return new Problem("value", what + ": value " + plain(v) + " " + unit + " is beyond the largest plausible " + plain(max));
      }
      switch (measure == null ? "" : measure) {
        case "level" -> {
          if (v < 0) {
            return new Problem("value", what + ": a level cannot be negative (" + plain(v) + ")");
          }
          if ("count".equals(unit) && v != Math.rint(v)) {
            return new Problem("value", what + ": a count must be a whole number, not " + plain(v));
          }
        }
        case "pct_of_plan" -> {
          if (v < 0 || v > 10_000) {
            return new Problem("value", what + ": " + plain(v) + " % of plan is outside 0 to 10000");
          }
        }
        case "share" -> {
          if (v < 0 || v > 100) {
            return new Problem("value", what + ": a share of " + plain(v) + " % is outside 0 to 100");
          }
        }
        case "change" -> {
          if ("percent".equals(unit) && (v < -100 || v > 100_000)) {
            return new Problem("value", what + ": a change of " + plain(v) + " % is outside -100 to 100000");
          }
        }
        default -> {
          // assessment: no value to check
        }
      }
    }
    if (denominator != null) {
      double d = denominator;
      if (Double.isNaN(d) || Double.isInfinite(d) || d <= 0) {
        return new Problem("denominator", what + ": denominator " + plain(d) + " must be positive");
      }
      if ("count".equals(unit)) {
        if (d != Math.rint(d)) {
          return new Problem("denominator", what + ": a count's total must be a whole number, not " + plain(d));
        }
        // "108/126 xã": an NTM count is a part of its total; elsewhere "25.000/22.000" can be
        // actual against target
        if (value != null && value > d && indicator != null && indicator.startsWith("ntm_")) {
          return new Problem("denominator", what + ": " + plain(value) + " of " + plain(d) + " is more than the total");
        }
      }
      Double max = unit == null ? null : MAX_LEVEL.get(unit);
      if (max != null && d > max) {
        return new Problem("denominator", what + ": denominator " + plain(d) + " is beyond the largest plausible " + plain(max));
      }
    }
    return null;
  }

  static String plain(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.toString(d);
    }
    if (Math.abs(d) >= 1e15) {
      return String.format(Locale.ROOT, "%.3e", d);
    }
    java.math.BigDecimal b = java.math.BigDecimal.valueOf(d).stripTrailingZeros();
    return (b.scale() < 0 ? b.setScale(0) : b).toPlainString();
  }
}
