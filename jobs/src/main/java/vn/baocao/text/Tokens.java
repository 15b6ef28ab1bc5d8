package vn.baocao.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * Words of a text span, lower-cased (root locale), with their character offsets. Punctuation
 * separates words and is not a word; digits and letters stay together ("3.900" is one token
 * "3.900" because '.' and ',' between digits are kept).
 */
public final class Tokens {
  final String[] words;
  final int[] starts;
  final int[] ends;
  final int size;
  /** First index of this view in the shared arrays: sentences are views of their line. */
  final int base;

  private Tokens(String[] words, int[] starts, int[] ends, int size) {
    this(words, starts, ends, 0, size);
  }

  private Tokens(String[] words, int[] starts, int[] ends, int base, int size) {
    this.base = base;
    this.words = words;
    this.starts = starts;
    this.ends = ends;
    this.size = size;
  }

  /** Character classes of {@link #CLASS}: a letter, a digit, and (a flag) an upper-case letter. */
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte UPPER = 4;

  /**
   * The class of every char, computed once with the {@link Character} methods the tokeniser
   * used per character: Vietnamese text is mostly outside ASCII, where each of those calls
   * costs a Unicode table walk, and every char of every line is classified.
   */
  private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      byte k = 0;
      if (letterOrDigit(ch)) {
        k = digit(ch) ? DIGIT : LETTER; // a digit (Character.isDigit) is always a letter-or-digit
        if (ch < 128 ? ch >= 'A' && ch <= 'Z' : Character.isUpperCase(ch)) {
          k |= UPPER;
        }
      }
      CLASS[c] = k;
    }
  }

  private static boolean letterOrDigit(char c) {
    if (c < 128) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9' || c >= 128 && Character.isDigit(c);
  }

  /** Tokenises {@code text[from, to)}. */
  public static Tokens of(String text, int from, int to) {
    char[] c = new char[Math.max(0, to - from)];
    text.getChars(from, to, c, 0);
    return of(c, from, from, to);
  }

  /**
   * Tokenises {@code [from, to)} of a text whose chars from offset {@code base} on are
   * {@code chars} (char {@code p} of the text is {@code chars[p - base]}); offsets are the
   * text's. A document's chars are copied once ({@link TokenCache}) and read from the array:
   * {@code String.charAt} checks the string's coding and bounds on every char.
   */
  static Tokens of(char[] chars, int base, int from, int to) {
    int cap = Math.max(8, (to - from) / 4);
    String[] words = new String[cap];
    int[] starts = new int[cap];
    int[] ends = new int[cap];
    byte[] cls = CLASS;
    int n = 0;
    int i = from;
    while (i < to) {
      int first = cls[chars[i - base]];
      if ((first & (LETTER | DIGIT)) == 0) {
        i++;
        continue;
      }
      int s = i;
      boolean upper = (first & UPPER) != 0;
      // the class (letter or digit) of the last letter or digit taken: "1.107ha" is a number
      // and a unit, split where digits meet letters
      int kind = first & (LETTER | DIGIT);
      i++;
      while (i < to) {
        int k = cls[chars[i - base]];
        if ((k & (LETTER | DIGIT)) != 0) {
          upper |= (k & UPPER) != 0;
          // a '.' or ',' just before (kept between digits) never splits: the char before this
          // one is then no letter or digit
          if ((k & (LETTER | DIGIT)) != kind && (cls[chars[i - 1 - base]] & (LETTER | DIGIT)) != 0) {
            break;
          }
          kind = k & (LETTER | DIGIT);
          i++;
        } else {
          char d = chars[i - base];
          if ((d == '.' || d == ',') && i + 1 < to && (cls[chars[i - 1 - base]] & DIGIT) != 0
              && (cls[chars[i + 1 - base]] & DIGIT) != 0) {
            i++;
          } else {
            break;
          }
        }
      }
      if (n == words.length) {
        words = Arrays.copyOf(words, n * 2);
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      // most words of a report are already lower case: one allocation for them, and one for
      // the others too
      words[n] = upper ? lowerCase(chars, s - base, i - s) : new String(chars, s - base, i - s);
      starts[n] = s;
      ends[n] = i;
      n++;
    }
    return new Tokens(words, starts, ends, n);
  }

  /**
   * {@code new String(c, off, len).toLowerCase(Locale.ROOT)} without the intermediate string:
   * char by char, as {@code String.toLowerCase} maps every char but the three it treats
   * specially (final sigma, dotted capital I, surrogates), which take its own path.
   */
  static String lowerCase(char[] c, int off, int len) {
    char[] out = new char[len];
    for (int k = 0; k < len; k++) {
      char ch = c[off + k];
      int lower = Character.toLowerCase((int) ch);
      if (ch == '\u03A3' || ch == '\u0130' || Character.isSurrogate(ch) || !Character.isBmpCodePoint(lower)) {
        return new String(c, off, len).toLowerCase(Locale.ROOT);
      }
      out[k] = (char) lower;
    }
    return new String(out);
  }

  public static Tokens of(String text) {
    return of(text, 0, text.length());
  }

  /** Tokens {@code [from, to)} as their own sequence, sharing the words. */
  public Tokens sub(int from, int to) {
    return new Tokens(words, starts, ends, base + from, Math.max(0, to - from));
  }

  /** Tokens lying inside the character range {@code [start, end)}. */
  public Tokens within(int start, int end) {
    return sub(indexAtOrAfter(start), indexAtOrAfter(end));
  }

  public int size() {
    return size;
  }

  public String word(int i) {
    return words[base + i];
  }

  public int start(int i) {
    return starts[base + i];
  }

  public int end(int i) {
    return ends[base + i];
  }

  /** Index of the first token starting at or after {@code offset}, or size. */
  public int indexAtOrAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[base + mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Words {@code [from, to)} joined by single spaces. */
  public String join(int from, int to) {
    int lo = Math.max(0, from);
    int hi = Math.min(to, size);
    if (hi - lo == 1) {
      return words[base + lo]; // one word: no copy (names are tried from four words down to one)
    }
    int length = Math.max(0, hi - lo - 1);
    for (int i = lo; i < hi; i++) {
      length += words[base + i].length();
    }
    // words are never empty, so a space goes between each two
    StringBuilder b = new StringBuilder(length);
    for (int i = lo; i < hi; i++) {
      if (i > lo) {
        b.append(' ');
      }
      b.append(words[base + i]);
    }
    return b.toString();
  }
}
