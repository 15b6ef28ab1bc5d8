package vn.baocao.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text normalisation for Vietnamese report texts: NFC, one tone placement, HTML remnants,
 * spacing. Every function keeps Vietnamese letters intact; none depends on the default locale.
 */
public final class Text {
  private Text() {}

  private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

  /**
   * Normalises a decoded report: HTML remnants removed, NFC, traditional tone placement
   * ("hoà" becomes "hòa", "thuỷ" becomes "thủy"), non-breaking and zero-width spaces folded,
   * runs of spaces collapsed, lines trimmed, at most one blank line in a row.
   */
  public static String normalise(String raw) {
    String s = raw;
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    if ((s.indexOf('<') >= 0 || s.indexOf('&') >= 0) && looksLikeHtml(s)) {
      s = Html.toText(s);
    }
    if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFC);
    }
    return lines(tonedChars(s.toCharArray()));
  }

  /**
   * The lines of {@code c} cleaned ({@link #cleanLine}), blank runs folded to one blank line and
   * a crawler's hard wraps joined. On the chars of the whole text, into one array: every report
   * passes here, and a string per line, a builder and the builder's string copied it three times.
   */
  private static String lines(char[] c) {
    int n = c.length;
    char[] out = new char[n]; // never longer: each kept line and its separator replace a line and its '\n'
    char[] scratch = null;
    int o = 0;
    int blank = 0;
    char lastEnd = '.';
    int lastLength = 0;
    for (int ls = 0; ls <= n; ) {
      int le = ls;
      while (le < n && c[le] != '\n') {
        le++;
      }
      char[] line = c;
      int from = ls;
      int len = le - ls;
      if (!isClean(c, ls, le)) {
        if (scratch == null || scratch.length < len) {
          scratch = new char[Math.max(len, 256)];
        }
        line = scratch;
        from = 0;
        len = rebuild(c, ls, le, scratch);
      }
      ls = le + 1;
      if (len == 0) {
        blank++;
        continue;
      }
      char first = line[from];
      if (o > 0) {
        // a crawler's hard wrap inside a sentence: the line stops mid-clause and the next goes on
        // in lower case or with a number
        // (a wrapped line is long; a short one is a byline or caption, a spaceless one a web address)
        boolean wrapped = blank == 0 && lastLength >= 40 && ".!?:;…\"”)".indexOf(lastEnd) < 0
            && (continues(first) || first == '(' || lastLength >= 70 && Character.isLetterOrDigit(lastEnd)
                && Character.isUpperCase(first))
            && hasSpace(line, from, from + len);
        if (wrapped) {
          out[o++] = ' ';
        } else {
          out[o++] = '\n';
          if (blank > 0) {
            out[o++] = '\n';
          }
        }
      }
      blank = 0;
      System.arraycopy(line, from, out, o, len);
      o += len;
      lastEnd = line[from + len - 1];
      lastLength = len;
    }
    return new String(out, 0, o);
  }

  private static boolean hasSpace(char[] c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (c[i] == ' ') {
        return true;
      }
    }
    return false;
  }

  private static boolean continues(char c) {
    return Character.isLowerCase(c) || Character.isDigit(c);
  }

  static boolean looksLikeHtml(String s) {
    int n = Math.min(s.length(), 20_000);
    String head = s.substring(0, n).toLowerCase(Locale.ROOT);
    int tags = 0;
    for (String tag : new String[] {"<p", "<div", "<br", "<span", "<html", "<body", "</p>", "<td", "<li", "&nbsp;"}) {
      if (head.contains(tag)) {
        tags++;
      }
    }
    return tags >= 1 && (head.contains("</") || head.contains("<br") || head.contains("&nbsp;"));
  }

  /**
   * The chars {@link #cleanLine} turns into one space: white space (no-break spaces too) and
   * control characters. A table, because every char of every report is tested and outside
   * ASCII {@link Character#isWhitespace} walks Unicode tables each time.
   */
  private static final boolean[] BLANK = new boolean[Character.MAX_VALUE + 1];

  static {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      BLANK[i] = Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || Character.isISOControl(c);
    }
  }

  static String cleanLine(String line) {
    char[] c = line.toCharArray();
    if (isClean(c, 0, c.length)) {
      return line;
    }
    char[] out = new char[c.length];
    return new String(out, 0, rebuild(c, 0, c.length, out));
  }

  /** Whether a zero-width or soft-hyphen char goes: it is dropped, not made a space. */
  private static boolean invisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD';
  }

  /** Most lines already are what {@link #rebuild} would make: single spaces between words, nothing invisible. */
  private static boolean isClean(char[] line, int from, int to) {
    boolean blank = true; // a blank at the start is not clean either
    for (int i = from; i < to; i++) {
      char c = line[i];
      if (invisible(c)) {
        return false;
      }
      if (BLANK[c]) {
        if (c != ' ' || blank) {
          return false;
        }
        blank = true;
      } else {
        blank = false;
      }
    }
    return !blank || from == to;
  }

  /** The line of a char's blanks folded to single spaces, none at either end, invisible chars dropped. */
  static String rebuild(String line) {
    char[] out = new char[line.length()];
    return new String(out, 0, rebuild(line.toCharArray(), 0, line.length(), out));
  }

  /** {@link #rebuild(String)} of {@code line[from, to)} into {@code out}; returns its length. */
  private static int rebuild(char[] line, int from, int to, char[] out) {
    int o = 0;
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = line[i];
      if (invisible(c)) {
        continue;
      }
      if (BLANK[c]) {
        space = true;
        continue;
      }
      if (space && o > 0) {
        out[o++] = ' ';
      }
      space = false;
      out[o++] = c;
    }
    return o;
  }

  /**
   * Moves the tone of "oa", "oe", "uy" at the end of a syllable onto the first vowel
   * (the placement provinces.csv uses: "Hòa", "Thủy"), leaving "qu" + "y" ("quý") alone.
   * Keeps the string length, so offsets stay valid.
   */
  public static String canonicalTones(String s) {
    char[] src = s.toCharArray();
    char[] out = tonedChars(src);
    return out == src ? s : new String(out);
  }

  /**
   * {@link #canonicalTones} of chars: {@code src} itself when no tone moves, else a changed
   * copy. On an array: String.charAt checks the coding and the bounds of every char, and every
   * char of every report passes here.
   */
  private static char[] tonedChars(char[] src) {
    int n = src.length;
    char[] chars = null;
    for (int i = 0; i + 1 < n; i++) {
      char c1 = src[i];
      if (c1 != 'o' && c1 != 'u' && c1 != 'O' && c1 != 'U') {
        continue;
      }
      char lower1 = Character.toLowerCase(c1);
      char c2 = src[i + 1];
      if (c2 < 0x00C0) {
        continue;
      }
      if (i + 2 < n && Character.isLetter(src[i + 2])) {
        continue;
      }
      if (lower1 == 'u' && i > 0 && Character.toLowerCase(src[i - 1]) == 'q') {
        continue;
      }
      String d = Normalizer.normalize(String.valueOf(c2), Normalizer.Form.NFD);
      if (d.length() != 2 || TONE_MARKS.indexOf(d.charAt(1)) < 0) {
        continue;
      }
      char base = Character.toLowerCase(d.charAt(0));
      boolean pair = (lower1 == 'o' && (base == 'a' || base == 'e')) || (lower1 == 'u' && base == 'y');
      if (!pair) {
        continue;
      }
      String toned = Normalizer.normalize(c1 + String.valueOf(d.charAt(1)), Normalizer.Form.NFC);
      if (toned.length() != 1) {
        continue;
      }
      if (chars == null) {
        chars = src.clone();
      }
      chars[i] = toned.charAt(0);
      chars[i + 1] = d.charAt(0);
    }
    return chars == null ? src : chars;
  }

  /**
   * A lookup key: NFC, canonical tones, lower case (root locale), punctuation other than
   * letters and digits folded to single spaces. "TP. Hồ Chí Minh" and "tp hồ chí minh" agree.
   */
  public static String key(String s) {
    String n = canonicalTones(Normalizer.normalize(s, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      } else {
        space = true;
      }
    }
    return b.toString();
  }

  /** ASCII fold for host names and slugs: "Trà Vinh" becomes "tra vinh". */
  public static String ascii(String s) {
    String d = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
