package vn.baocao.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.baocao.text.PhraseSet;
import vn.baocao.text.Tokens;

/**
 * Turns period cues into dates: a record's own period and the period a whole document
 * reviews (title first, then the lead; forward-looking phrases such as "phương hướng nhiệm vụ
 * tháng 6" never set it).
 */
public final class Periods {
  private Periods() {}

  /** A day and month, with the year when the text gives it (else 0). */
  public record PartialDate(int year, int month, int day) {
    /** The date, the year taken from {@code reference} when the text has none. */
    public LocalDate resolve(LocalDate reference) {
      int y = year;
      if (y == 0) {
        if (reference == null) {
          return null;
        }
        y = reference.getYear();
        LocalDate candidate = safe(y, month, day);
        // an article dated in January about December: the article is in the next year
        if (candidate != null && candidate.isBefore(reference.minusMonths(6))) {
          y++;
        }
      }
      return safe(y, month, day);
    }
  }

  static LocalDate safe(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Resolves a cue found next to a figure, against the document's period. */
  public static Period resolve(PeriodCues.Cue c, Period doc, LocalDate asOf, boolean stock) {
    LocalDate docEnd = doc == null ? asOf : doc.end();
    int year = docEnd == null ? 0 : docEnd.getYear();
    LocalDate stockDate = asOf != null ? asOf : docEnd;
    switch (c.kind()) {
      case MONTH -> {
        int y = c.year() > 0 ? c.year() : year;
        return y == 0 ? doc : Period.month(y, c.a());
      }
      case IN_MONTH -> {
        if (doc != null && "month".equals(doc.type())) {
          return doc;
        }
        return docEnd == null ? doc : Period.month(docEnd.getYear(), docEnd.getMonthValue());
      }
      case MONTHS -> {
        int y = c.year() > 0 ? c.year() : year;
        return y == 0 ? doc : Period.firstMonths(y, c.a());
      }
      case QUARTER -> {
        int y = c.year() > 0 ? c.year() : year;
        return y == 0 ? doc : Period.quarter(y, c.a());
      }
      case YEAR, ANNUAL -> {
        int y = c.year() > 0 ? c.year() : year;
        return y == 0 ? doc : Period.year(y);
      }
      case TO_DATE -> {
        if (stock) {
          return stockDate == null ? doc : Period.asOf(stockDate);
        }
        return docEnd == null ? doc : Period.ytd(docEnd);
      }
      case NOW -> {
        return stockDate == null ? doc : Period.asOf(stockDate);
      }
      case UNTIL_DATE -> {
        int y = c.year() > 0 ? c.year() : year;
        LocalDate d = y == 0 ? null : safe(y, c.a(), c.day());
        if (d == null) {
          return doc;
        }
        if (!stock && d.getMonthValue() == 1 && doc != null && "year".equals(doc.type()) && doc.end().getYear() == d.getYear() - 1) {
          // "giải ngân đến 31/01/2024 đạt 92,3 %" in a report on 2023: the year's plan runs to
          // the end of the next January; the figure is the year's
          return doc;
        }
        return stock ? Period.asOf(d) : Period.ytd(d);
      }
      case MIDTERM, TERM -> {
        if (doc != null && (doc.type().equals("midterm") || doc.type().equals("term"))) {
          if (c.kind() == PeriodCues.Kind.TERM && doc.type().equals("midterm") && c.a() == 0) {
            return new Period("term", doc.start(), LocalDate.of(doc.start().getYear() + 5, 12, 31));
          }
          return doc;
        }
        if (c.a() > 0 && c.b() > c.a()) {
          return c.kind() == PeriodCues.Kind.TERM ? term(c.a(), c.b()) : midterm(c.a(), c.b(), null);
        }
        if (c.kind() == PeriodCues.Kind.TERM && c.day() > 1 && year > 0) {
          return term(year - c.day() + 1, year); // "trong 3 năm qua": the last N years to the report's
        }
        if (year > 0) {
          int a = year <= 2020 ? 2015 : year <= 2025 ? 2020 : 2025;
          return c.kind() == PeriodCues.Kind.TERM ? term(a, a + 5) : midterm(a, a + 5, null);
        }
        return doc;
      }
      default -> {
        return doc;
      }
    }
  }

  static Period term(int a, int b) {
    return new Period("term", LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31));
  }

  /** Mid-term of A–B: ends in year A + ⌈(B−A)/2⌉, on the article's day when known. */
  static Period midterm(int a, int b, PartialDate article) {
    int endYear = a + (b - a + 1) / 2;
    LocalDate end = null;
    if (article != null) {
      end = article.year() > 0 && article.year() == endYear ? safe(article.year(), article.month(), article.day())
          : article.year() == 0 ? safe(endYear, article.month(), article.day()) : null;
    }
    if (end == null) {
      end = LocalDate.of(endYear, 12, 31);
    }
    return new Period("midterm", LocalDate.of(a, 1, 1), end);
  }

  /** A span of tokens the document period is read from, with its weight. */
  public record Source(Tokens tokens, int weight) {}

  /**
   * The document's period: the first backward-looking cue of the title, else of the lead,
   * else of the body. A quarter meeting that reviews "6 tháng đầu năm" / "9 tháng" is the
   * cumulative period.
   */
  public static Period documentPeriod(
      List<Source> sources, PeriodCues finder, PhraseSet backward, PhraseSet forwardWords,
      LocalDate published, PartialDate article) {
    PeriodCues.Cue chosen = null;
    Tokens chosenTokens = null;
    int chosenYear = 0;
    PeriodCues.Cue cumulative = null;
    int cumulativeYear = 0;
    int[] term = null;
    int fallbackYear = 0;
    int cueYear = 0;
    for (Source s : sources) {
      Tokens t = s.tokens();
      if (term == null) {
        term = PeriodCues.termYears(t, 0, t.size());
      }
      for (PeriodCues.Cue c : finder.find(t, 0, t.size())) {
        if (c.year() > 0 && cueYear == 0 && s.weight() >= 2 && !isForward(t, c, backward, forwardWords)) {
          cueYear = c.year(); // "6 tháng cuối năm 2025" in the lead dates a bare "6 tháng" of the title
        }
        switch (c.kind()) {
          case MONTH, MONTHS, QUARTER, YEAR, MIDTERM, TERM, UNTIL_DATE -> { }
          default -> {
            continue;
          }
        }
        if (c.kind() == PeriodCues.Kind.YEAR && c.year() > 0 && fallbackYear == 0) {
          fallbackYear = c.year();
        }
        if (isForward(t, c, backward, forwardWords)) {
          continue;
        }
        if (c.kind() == PeriodCues.Kind.YEAR && c.a() == 0 && (s.weight() < 2 || s.weight() == 2 && !opensClause(t, c.from())
            && !reviews(t, c, backward))) {
          continue; // a bare "năm 2023" in the body is context, not the period reviewed
        }
        int y = c.year() > 0 ? c.year() : yearAfter(finder, t, c.to());
        if (chosen == null) {
          chosen = c;
          chosenTokens = t;
          chosenYear = y;
        } else if (c.kind() == PeriodCues.Kind.MONTHS && cumulative == null && s.weight() >= 2) {
          cumulative = c;
          cumulativeYear = y;
        }
      }
      if (chosen != null && s.weight() >= 3 && cumulative == null) {
        // keep looking in the lead for a cumulative period of a quarter meeting
        continue;
      }
      if (chosen != null && s.weight() < 3) {
        break;
      }
    }
    if (chosen == null) {
      return null;
    }
    if (chosen.kind() == PeriodCues.Kind.QUARTER && cumulative != null && cumulative.a() == chosen.a() * 3 && chosen.a() >= 2) {
      chosen = cumulative;
      chosenYear = cumulativeYear > 0 ? cumulativeYear : chosenYear;
    }
    int year = chosenYear;
    if (year == 0) {
      // "6 THÁNG ĐẠT 58%" in the title, "6 tháng đầu năm 2022" in the lead
      year = cueYear > 0 ? cueYear : fallbackYear;
    }
    if (year == 0 && published != null) {
      year = published.getYear();
      if (chosen.kind() == PeriodCues.Kind.MONTH && chosen.a() > published.getMonthValue()) {
        year--;
      }
    }
    switch (chosen.kind()) {
      case MIDTERM, TERM -> {
        int a = chosen.a();
        int b = chosen.b();
        if ((a == 0 || b == 0) && term != null) {
          a = term[0];
          b = term[1];
        }
        if (a == 0 || b == 0) {
          int ref = year > 0 ? year : published != null ? published.getYear() : 0;
          if (ref == 0) {
            return null;
          }
          a = ref <= 2020 ? 2015 : ref <= 2025 ? 2020 : 2025;
          b = a + 5;
        }
        PartialDate art = article;
        if (art == null && published != null) {
          art = new PartialDate(published.getYear(), published.getMonthValue(), published.getDayOfMonth());
        }
        return chosen.kind() == PeriodCues.Kind.TERM ? term(a, b) : midterm(a, b, art);
      }
      default -> { }
    }
    if (year == 0) {
      return null;
    }
    PeriodCues.Cue withYear = new PeriodCues.Cue(chosen.kind(), chosen.from(), chosen.to(), chosen.a(), chosen.b(), year, chosen.day());
    return resolve(withYear, null, null, false);
  }

  /** "tổng kết công tác năm 2023": a review of the year names it right before it. */
  private static boolean reviews(Tokens t, PeriodCues.Cue c, PhraseSet backward) {
    for (int end = c.from(); end >= Math.max(1, c.from() - 3); end--) {
      PhraseSet.Match b = backward.endingAt(t, Math.max(0, end - 7), end);
      if (b != null && b.phrase().length() > 3) {
        return true;
      }
    }
    return false;
  }

  /** "..., năm 2023 tăng trưởng ...": the cue starts its clause (not "đạt chuẩn ... năm 2023"). */
  private static boolean opensClause(Tokens t, int i) {
    return i == 0 || t.start(i) - t.end(i - 1) > 1;
  }

  private static int yearAfter(PeriodCues finder, Tokens t, int from) {
    for (int i = from; i < Math.min(t.size(), from + 12); i++) {
      int y = PeriodCues.year(t.word(i));
      if (y > 0 && !finder.comparisonYear(t, i)) {
        return y;
      }
    }
    return 0;
  }

  /** Whether the nearest marker before the cue looks forward ("phương hướng", "triển khai"). */
  static boolean isForward(Tokens t, PeriodCues.Cue c, PhraseSet backward, PhraseSet forwardWords) {
    for (int end = c.from(); end > Math.max(0, c.from() - 8); end--) {
      PhraseSet.Match f = forwardWords.endingAt(t, Math.max(0, end - 7), end);
      PhraseSet.Match b = backward.endingAt(t, Math.max(0, end - 7), end);
      if (f != null && (b == null || f.phrase().length() >= b.phrase().length())) {
        return true;
      }
      if (b != null) {
        return false;
      }
    }
    return false;
  }

  /** Month-end of a year and month. */
  static LocalDate monthEnd(int y, int m) {
    return YearMonth.of(y, m).atEndOfMonth();
  }
}
