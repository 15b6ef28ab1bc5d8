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

  private Tokens(String[] words, int[] starts, int[] ends, int size) {
    this.words = words;
    this.starts = starts;
    this.ends = ends;
    this.size = size;
  }

  /** Tokenises {@code text[from, to)}. */
  public static Tokens of(String text, int from, int to) {
    int cap = Math.max(8, (to - from) / 4);
    String[] words = new String[cap];
    int[] starts = new int[cap];
    int[] ends = new int[cap];
    int n = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int s = i;
      while (i < to) {
        char d = text.charAt(i);
        if (Character.isLetterOrDigit(d)) {
          // "1.107ha" is a number and a unit: split where digits meet letters.
          char prev = i > s ? text.charAt(i - 1) : ' ';
          if (i > s && Character.isLetterOrDigit(prev) && Character.isDigit(d) != Character.isDigit(prev)) {
            break;
          }
          i++;
        } else if ((d == '.' || d == ',') && i + 1 < to && i > s
            && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      if (n == words.length) {
        words = Arrays.copyOf(words, n * 2);
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      words[n] = text.substring(s, i).toLowerCase(Locale.ROOT);
      starts[n] = s;
      ends[n] = i;
      n++;
    }
    return new Tokens(words, starts, ends, n);
  }

  public static Tokens of(String text) {
    return of(text, 0, text.length());
  }

  public int size() {
    return size;
  }

  public String word(int i) {
    return words[i];
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  /** Index of the first token starting at or after {@code offset}, or size. */
  public int indexAtOrAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Words {@code [from, to)} joined by single spaces. */
  public String join(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = Math.max(0, from); i < Math.min(to, size); i++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(words[i]);
    }
    return b.toString();
  }
}
