package vn.baocao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.baocao.text.Tokens;

/**
 * Finds the period expressions of a text span: "tháng 5 năm 2023", "quý I-2023", "6 tháng
 * đầu năm", "năm tháng đầu năm", "cả năm", "từ đầu năm đến nay", "đến ngày 15/10", "hiện có",
 * "giữa nhiệm kỳ 2020 - 2025", "cả nhiệm kỳ". Year-less cues carry year 0; the caller fills it.
 */
public final class PeriodCues {

  /** Kinds of cue. */
  public enum Kind { MONTH, IN_MONTH, MONTHS, MONTHS_LAST, QUARTER, YEAR, ANNUAL, TO_DATE, NOW, UNTIL_DATE, MIDTERM, TERM }

  /** One period expression over tokens {@code [from, to)}. */
  public record Cue(Kind kind, int from, int to, int a, int b, int year, int day) {}

  private final Map<String, String> numberWords;
  private final Set<String> comparisonLeads;
  private final Set<String> programmeWords;
  private final Set<String> durationWords;

  public PeriodCues(Map<String, String> numberWords) {
    this(numberWords, Set.of(), Set.of());
  }

  /**
   * @param numberWords spelled numbers ("năm" → 5)
   * @param comparisonLeads words that make the year after them a point of comparison ("cùng kỳ
   *     năm 2023", "so với năm 2022"): such a year never dates the figures (phrases.csv
   *     {@code year_comparison})
   * @param programmeWords words of a programme's or standard's name before "giai đoạn A - B"
   *     (phrases.csv {@code programme_word})
   */
  public PeriodCues(Map<String, String> numberWords, Set<String> comparisonLeads, Set<String> programmeWords) {
    this(numberWords, comparisonLeads, programmeWords, Set.of());
  }

  /**
   * @param durationWords two-word phrases after "N tháng" that make it a time since an event
   *     ("sau 3 tháng vận hành mô hình mới"), not the first N months of the year (phrases.csv
   *     {@code duration_word})
   */
  public PeriodCues(Map<String, String> numberWords, Set<String> comparisonLeads, Set<String> programmeWords, Set<String> durationWords) {
    this.numberWords = numberWords;
    this.comparisonLeads = comparisonLeads;
    this.programmeWords = programmeWords;
    this.durationWords = durationWords;
  }

  /**
   * Whether the year at token {@code yi} is the point of comparison of a change ("tăng 22% so
   * với cùng kỳ năm 2023"), not the period of the figures.
   */
  public boolean comparisonYear(Tokens t, int yi) {
    int k = yi - 1;
    if (is(t, k, "năm")) {
      k--;
    }
    if (is(t, k, "cuối") || is(t, k, "đầu")) {
      k--; // "tăng 10 xã so với cuối năm 2017"
    }
    if (k < 0 || !comparisonLeads.contains(t.word(k))) {
      return false;
    }
    // "đối với năm 2023" is "for 2023", not a comparison
    return !(t.word(k).equals("với") && is(t, k - 1, "đối"));
  }

  /**
   * "Bộ tiêu chí quốc gia giai đoạn 2021 - 2025", "Chương trình ... giai đoạn 2021-2025": the
   * years name a programme or a standard, not the period of the figures.
   */
  private boolean namesAProgramme(Tokens t, int giai) {
    for (int k = Math.max(0, giai - 4); k < giai; k++) {
      if (programmeWords.contains(t.word(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The later year of "2021 - 2025" at token {@code i} (two years a dash apart, at most ten
   * years), else 0.
   */
  static int spanEnd(Tokens t, int i) {
    if (i + 1 >= t.size() || year(t.word(i)) == 0 || year(t.word(i + 1)) == 0) {
      return 0;
    }
    int a = year(t.word(i));
    int b = year(t.word(i + 1));
    return b > a && b - a <= 10 && t.start(i + 1) - t.end(i) <= 3 ? b : 0;
  }

  private int smallNumber(String w) {
    if (isDigits(w) && w.length() <= 2) {
      return Integer.parseInt(w);
    }
    String v = numberWords.get(w);
    return v == null ? -1 : Integer.parseInt(v);
  }

  static boolean isDigits(String w) {
    if (w.isEmpty()) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static int year(String w) {
    if (isDigits(w) && w.length() == 4) {
      int y = Integer.parseInt(w);
      if (y >= 1990 && y <= 2100) {
        return y;
      }
    }
    return 0;
  }

  private static boolean is(Tokens t, int i, String w) {
    return i >= 0 && i < t.size() && t.word(i).equals(w);
  }

  /** Year written right after token {@code i} ("năm 2023", "2023" after '-' or '/'); 0 if none. */
  private static int yearAfter(Tokens t, int i, int[] end) {
    if (i < t.size() && year(t.word(i)) > 0) {
      end[0] = i + 1;
      return year(t.word(i));
    }
    if (is(t, i, "năm") && i + 1 < t.size() && year(t.word(i + 1)) > 0) {
      end[0] = i + 2;
      return year(t.word(i + 1));
    }
    end[0] = i;
    return 0;
  }

  /** Cues in tokens {@code [from, to)}, left to right. */
  public List<Cue> find(Tokens t, int from, int to) {
    List<Cue> out = new ArrayList<>();
    int[] end = new int[1];
    for (int i = from; i < to; i++) {
      String w = t.word(i);
      switch (w) {
        case "tháng" -> {
          if (i > from && is(t, i - 1, "trong") && (i + 1 >= to || smallNumber(t.word(i + 1)) < 0)) {
            out.add(new Cue(Kind.IN_MONTH, i - 1, i + 1, 0, 0, 0, 0));
            continue;
          }
          if (i >= 2 && is(t, i - 2, "ngày") && isDigits(t.word(i - 1))) {
            continue; // "ngày 12 tháng 5 năm 2023" is a date
          }
          int prev = i > from ? smallNumber(t.word(i - 1)) : -1;
          if (prev > 0 && prev <= 12 && !is(t, i - 1, "ngày")) {
            // "5 tháng đầu năm", "năm tháng đầu năm 2023", "9 tháng năm 2022", "6 tháng cuối năm"
            int j = i + 1;
            boolean last = false;
            boolean digits = isDigits(t.word(i - 1));
            if (is(t, j, "đầu") && is(t, j + 1, "năm")) {
              j += 2;
            } else if (is(t, j, "cuối") && is(t, j + 1, "năm")) {
              j += 2;
              last = true;
            } else if (is(t, j, "năm") && j + 1 < t.size() && year(t.word(j + 1)) > 0) {
              // "9 tháng năm 2022"
            } else if (!digits) {
              prev = -1; // "năm tháng" without "đầu năm" is too ambiguous
            } else if (j + 1 < t.size() && durationWords.contains(t.word(j) + " " + t.word(j + 1))) {
              prev = -1; // "Sau 3 tháng vận hành mô hình hai cấp": a time since an event
            }
            if (prev > 0) {
              int y = yearAfter(t, j, end);
              out.add(new Cue(last ? Kind.MONTHS_LAST : Kind.MONTHS, i - 1, Math.max(j, end[0]), prev, 0, y, 0));
              continue;
            }
          }
          int m = i + 1 < to ? monthNumber(t.word(i + 1)) : -1;
          if (m > 0 && !isDigits(t.word(i + 1)) && i + 2 < t.size() && year(t.word(i + 2)) > 0) {
            m = -1; // "tháng năm 2023": "năm" is the year word, not five
          }
          if (m > 0 && (is(t, i - 1, "hết") || is(t, i - 1, "cuối")) && (is(t, i - 2, "đến") || is(t, i - 2, "tới"))) {
            // "giải ngân đến hết tháng 6": the months from January, not the month of June
            int y = yearAfter(t, i + 2, end);
            out.add(new Cue(Kind.MONTHS, i - 2, Math.max(i + 2, end[0]), m, 0, y, 0));
            continue;
          }
          if (m > 0 && !is(t, i - 1, "ngày")) {
            int y = yearAfter(t, i + 2, end);
            out.add(new Cue(Kind.MONTH, i, Math.max(i + 2, end[0]), m, 0, y, 0));
          }
        }
        case "quý" -> {
          if (i + 1 < to) {
            String n = t.word(i + 1);
            int q = VnNumber.roman(n);
            if (q < 1 && isDigits(n) && n.length() == 1) {
              q = Integer.parseInt(n);
            }
            if (q >= 1 && q <= 4) {
              int y = yearAfter(t, i + 2, end);
              out.add(new Cue(Kind.QUARTER, i, Math.max(i + 2, end[0]), q, 0, y, 0));
            }
          }
        }
        case "năm" -> {
          if (i + 1 < to && year(t.word(i + 1)) > 0 && comparisonYear(t, i + 1)) {
            continue; // "so với cùng kỳ năm 2023": the point of comparison, not the period
          }
          if (i + 1 < to && year(t.word(i + 1)) > 0 && (is(t, i - 1, "hoạch") || is(t, i - 1, "toán")
              || is(t, i - 1, "vốn") && is(t, i - 2, "hoạch"))) {
            continue; // "đạt 61,4% kế hoạch vốn năm 2025", "dự toán năm 2024": the plan's year, not the period
          }
          if (i >= 1 && spanEnd(t, i + 1) > 0 && (smallNumber(t.word(i - 1)) > 1 || is(t, i - 1, "các"))) {
            // "5 năm 2021 - 2025": a cumulative total over the years, not one year
            out.add(new Cue(Kind.TERM, i - 1, i + 3, year(t.word(i + 1)), spanEnd(t, i + 1), 0, 0));
            i += 2;
            continue;
          }
          if (i >= 1 && is(t, i + 1, "qua") && spanEnd(t, i + 2) > 0 && smallNumber(t.word(i - 1)) > 1) {
            // "Ba năm qua (2021 - 2023)"
            out.add(new Cue(Kind.TERM, i - 1, i + 4, year(t.word(i + 2)), spanEnd(t, i + 2), 0, 0));
            i += 3;
            continue;
          }
          int years = i >= 1 ? smallNumber(t.word(i - 1)) : -1;
          if (years >= 2 && years <= 10 && (is(t, i + 1, "qua") || is(t, i - 2, "trong"))
              && !(i + 1 < t.size() && (year(t.word(i + 1)) > 0 || is(t, i + 1, "đầu") || is(t, i + 1, "tới") || is(t, i + 1, "liên")))) {
            // "trong 3 năm đạt 12.450 tỷ", "5 năm qua": a total over the last N years; the day
            // field carries N
            out.add(new Cue(Kind.TERM, i - 1, i + 1, 0, 0, 0, years));
            continue;
          }
          if (i + 1 < to && year(t.word(i + 1)) > 0 && !(i > from && (is(t, i - 1, "tháng") || is(t, i - 1, "đầu")))) {
            boolean whole = i > from && (is(t, i - 1, "cả") || is(t, i - 1, "trong") || is(t, i - 1, "thúc") && is(t, i - 2, "kết"));
            out.add(new Cue(Kind.YEAR, whole ? i - 1 : i, i + 2, whole ? 1 : 0, 0, year(t.word(i + 1)), 0));
          } else if (i > from && is(t, i - 1, "cả") && !is(t, i + 1, "tháng")) {
            out.add(new Cue(Kind.YEAR, i - 1, i + 1, 1, 0, 0, 0));
          } else if (is(t, i + 1, "nay") && (i == from || !(smallNumber(t.word(i - 1)) > 0 || year(t.word(i - 1)) > 0
              || is(t, i - 1, "tháng") || is(t, i - 1, "đầu") || is(t, i - 1, "quý") || is(t, i - 1, "giữa")))) {
            // "THU NGÂN SÁCH NĂM NAY ƯỚC VƯỢT ...": this year, whole ("6 tháng đầu năm nay" is not)
            out.add(new Cue(Kind.YEAR, i, i + 2, 1, 0, 0, 0));
          } else if (i > from && (is(t, i - 1, "hằng") || is(t, i - 1, "hàng"))) {
            out.add(new Cue(Kind.ANNUAL, i - 1, i + 1, 0, 0, 0, 0));
          } else if (is(t, i - 1, "đầu") && is(t, i - 2, "từ")) {
            out.add(new Cue(Kind.TO_DATE, i - 2, i + 1, 0, 0, 0, 0));
          } else if (is(t, i - 1, "giữa")) {
            // "kỳ họp giữa năm 2024" reviews the first half
            int y = i + 1 < to ? year(t.word(i + 1)) : 0;
            out.add(new Cue(Kind.MONTHS, i - 1, y > 0 ? i + 2 : i + 1, 6, 0, y, 0));
          }
        }
        case "kế" -> {
          if (is(t, i - 1, "lũy") || is(t, i - 1, "luỹ")) {
            out.add(new Cue(Kind.TO_DATE, i - 1, i + 1, 0, 0, 0, 0));
          }
        }
        case "đến" -> {
          if (is(t, i + 1, "nay") || is(t, i + 1, "thời") && is(t, i + 2, "điểm")) {
            out.add(new Cue(Kind.TO_DATE, i, i + 2, 0, 0, 0, 0));
          } else {
            // "đến ngày 15/10", "đến 30/6/2023", "tính đến hết ngày 31/5"
            int k = i + 1;
            if ((is(t, k, "hết") || is(t, k, "cuối")) && is(t, k + 1, "năm") && k + 2 < to && year(t.word(k + 2)) > 0
                && !comparisonYear(t, k + 2)) {
              // "tính đến cuối năm 2023", "đến hết năm 2024": the last day of that year
              out.add(new Cue(Kind.UNTIL_DATE, i, k + 3, 12, 0, year(t.word(k + 2)), 31));
              i = k + 2;
              continue;
            }
            if (is(t, k, "hết")) {
              k++;
            }
            if (is(t, k, "ngày")) {
              k++;
            }
            if (k + 1 < t.size() && isDigits(t.word(k)) && isDigits(t.word(k + 1))) {
              int d = smallNumber(t.word(k));
              int m = monthNumber(t.word(k + 1));
              if (d >= 1 && d <= 31 && m > 0) {
                int y = k + 2 < t.size() ? year(t.word(k + 2)) : 0;
                out.add(new Cue(Kind.UNTIL_DATE, i, y > 0 ? k + 3 : k + 2, m, 0, y, d));
              }
            }
          }
        }
        case "hiện" -> {
          if (!is(t, i + 1, "đại") && !is(t, i + 1, "thực") && !is(t, i + 1, "trạng") && !is(t, i + 1, "tượng")
              && !is(t, i - 1, "thực") && !is(t, i - 1, "thể") && !is(t, i - 1, "xuất") && !is(t, i - 1, "phát")
              && !is(t, i - 1, "biểu") && !is(t, i - 1, "hiển")) {
            out.add(new Cue(Kind.NOW, i, i + 1, 0, 0, 0, 0));
          }
        }
        case "đoạn" -> {
          // "giai đoạn 2016 - 2020": a multi-year total
          if (is(t, i - 1, "giai") && spanEnd(t, i + 1) > 0 && !namesAProgramme(t, i - 1)) {
            out.add(new Cue(Kind.TERM, i - 1, i + 3, year(t.word(i + 1)), spanEnd(t, i + 1), 0, 0));
            i += 2;
          }
        }
        case "nhiệm" -> {
          if (is(t, i + 1, "kỳ")) {
            boolean mid = is(t, i - 1, "giữa") || (is(t, i - 1, "đầu") && is(t, i - 2, "nửa")) || is(t, i - 1, "nửa");
            boolean whole = is(t, i - 1, "cả") || is(t, i - 1, "toàn");
            int a = i + 2 < t.size() ? year(t.word(i + 2)) : 0;
            int b = a > 0 && i + 3 < t.size() ? year(t.word(i + 3)) : 0;
            if (mid) {
              out.add(new Cue(Kind.MIDTERM, i - 1, b > 0 ? i + 4 : i + 2, a, b, 0, 0));
            } else if (whole) {
              out.add(new Cue(Kind.TERM, i - 1, b > 0 ? i + 4 : i + 2, a, b, 0, 0));
            }
          }
        }
        default -> { }
      }
    }
    return out;
  }

  private int monthNumber(String w) {
    int m = smallNumber(w);
    return m >= 1 && m <= 12 ? m : -1;
  }

  /** The term years "nhiệm kỳ A - B" anywhere in the tokens; null if none. */
  public static int[] termYears(Tokens t, int from, int to) {
    for (int i = from; i + 3 < to; i++) {
      if (t.word(i).equals("nhiệm") && t.word(i + 1).equals("kỳ")) {
        int a = year(t.word(i + 2));
        int b = year(t.word(i + 3));
        if (a > 0 && b > a && b - a <= 6) {
          return new int[] {a, b};
        }
      }
    }
    return null;
  }
}
