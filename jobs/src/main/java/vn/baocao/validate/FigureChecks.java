package vn.baocao.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.extract.Fact;

/**
 * Checks the extractor's figures before they become records: a figure outside its
 * {@link Ranges range} (an overflowing amount, 500 of 100 communes, 2.5 communes, a zero
 * denominator) or read out of exponent notation ("1e308%" is not 308 %) becomes a quarantine
 * issue with the line and column of the number in the normalised text. Plain Java.
 */
public final class FigureChecks {
  private FigureChecks() {}

  /** Stable quarantine code for a number written in a form the reports never use. */
  public static final String BAD_NUMBER = "bad_number";

  /** A rejected figure: where, why. */
  public record Rejected(Fact fact, int line, int column, String reason, String detail) {}

  /** Kept facts, in order, and the rejected ones. */
  public record Result(List<Fact> kept, List<Rejected> rejected) {}

  private static final Pattern EXPONENT =
      Pattern.compile("(?<![\\p{L}\\d.,])(\\d+(?:[.,]\\d+)?)[eE]([+-]?\\d+)(?![\\p{L}\\d])");
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*");

  /** Checks {@code facts} read from {@code text}. */
  public static Result check(String text, List<Fact> facts) {
    List<Fact> kept = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    for (Fact f : facts) {
      int from = Math.max(0, Math.min(f.charStart(), text == null ? 0 : text.length()));
      int to = text == null ? from : Math.max(from, Math.min(f.charEnd(), text.length()));
      String span = text == null ? "" : text.substring(from, to);
      String exp = null;
      int expAt = -1;
      Matcher m = digitThenE(span) ? EXPONENT.matcher(span) : null;
      while (m != null && m.find()) {
        if (f.value() != null && fromExponent(m, f.value())) {
          exp = m.group();
          expAt = from + m.start();
          break;
        }
      }
      if (exp != null) {
        int[] lc = lineColumn(text, expAt);
        rejected.add(new Rejected(f, lc[0], lc[1], BAD_NUMBER,
            f.indicator() + " " + f.measure() + ": '" + exp + "' is exponent notation, not a number a report states"));
        continue;
      }
      Ranges.Problem why = Ranges.problem(f.indicator(), f.measure(), f.unit(), f.value(), f.denominator());
      if (why != null) {
        int[] lc = lineColumn(text, numberAt(text, from, to));
        rejected.add(new Rejected(f, lc[0], lc[1], Ranges.OUT_OF_RANGE, why.detail()));
        continue;
      }
      kept.add(f);
    }
    return new Result(kept, rejected);
  }

  /**
   * Whether a digit is followed by 'e' or 'E' somewhere in {@code s}: what {@link #EXPONENT}
   * needs to match at all. Nearly every span fails it, which spares the regex (a tenth of the
   * time spent on each report outside the extractor).
   */
  static boolean digitThenE(String s) {
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == 'e' || c == 'E') && s.charAt(i - 1) >= '0' && s.charAt(i - 1) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Whether the figure's value is the mantissa, the exponent or the whole of {@code m}. */
  private static boolean fromExponent(Matcher m, double value) {
    try {
      double mant = Double.parseDouble(m.group(1).replace(',', '.'));
      double exp = Double.parseDouble(m.group(2));
      double whole = mant * Math.pow(10, exp);
      return value == mant || value == Math.abs(exp) || value == whole;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /** The first number in {@code text[from, to)}, else {@code from}. */
  private static int numberAt(String text, int from, int to) {
    if (text == null) {
      return 0;
    }
    Matcher m = NUMBER.matcher(text).region(from, to);
    return m.find() ? m.start() : from;
  }

  /** 1-based line and column (in characters) of {@code pos}. */
  static int[] lineColumn(String text, int pos) {
    int line = 1;
    int start = 0;
    for (int i = 0; i < pos && text != null && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        start = i + 1;
      }
    }
    return new int[] {line, pos - start + 1};
  }
}
