package vn.baocao.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns HTML remnants (a crawler that kept markup) into plain text lines.
 *
 * <p>One left-to-right scan, linear in the input: a page with 60,000 unclosed {@code <script>}
 * tags once took 96 s with a lazy regex that rescanned to the end from every tag. Each search
 * for a closing tag or a '&gt;' remembers how far it looked, so no character is examined more
 * than a bounded number of times.
 *
 * <ul>
 *   <li>{@code script}, {@code style}, {@code noscript}, {@code head} elements and comments are
 *       dropped with their content; left unclosed, only the tag itself goes;
 *   <li>block tags (p, div, br, li, tr, h1-h6, closing td and title) end a line;
 *   <li>any other {@code <...>} of at most 2,000 characters becomes a space; a '&lt;' with no
 *       '&gt;' within that stays text.
 * </ul>
 */
final class Html {
  private Html() {}

  private static final int MAX_TAG = 2000;
  private static final Set<String> DROP = Set.of("script", "style", "noscript", "head");
  private static final Set<String> BLOCK = Set.of("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> BLOCK_CLOSE_ONLY = Set.of("td", "title");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");

  static String toText(String html) {
    return unescape(new Scan(html).run());
  }

  /** Characters examined while scanning {@code html}: a measure of work for the linearity test. */
  static long work(String html) {
    Scan s = new Scan(html);
    s.run();
    return s.work;
  }

  /** The scanner state: where the next '&gt;' and each closing tag were last found. */
  private static final class Scan {
    private final String s;
    private final int n;
    private final StringBuilder out;
    long work;
    private int gtFrom = -1;
    private int gtAt = -1;
    private final Map<String, int[]> closeCache = new HashMap<>();
    private int commentFrom = -1;
    private int commentAt = -1;

    Scan(String s) {
      this.s = s;
      this.n = s.length();
      this.out = new StringBuilder(n);
    }

    String run() {
      int i = 0;
      while (i < n) {
        work++;
        char c = s.charAt(i);
        if (c != '<') {
          out.append(c);
          i++;
          continue;
        }
        if (s.startsWith("<!--", i)) {
          int end = commentEnd(i + 4);
          if (end >= 0) {
            out.append(' ');
            i = end;
            continue;
          }
        }
        int gt = nextGt(i + 1);
        if (gt < 0 || gt - i - 1 > MAX_TAG) {
          out.append('<');
          i++;
          continue;
        }
        int j = i + 1;
        boolean lenient = true; // BLOCK tags may have spaces after '<'; DROP tags may not
        while (j < gt && Character.isWhitespace(s.charAt(j))) {
          j++;
          lenient = false;
        }
        boolean closing = j < gt && s.charAt(j) == '/';
        if (closing) {
          j++;
        }
        int nameStart = j;
        while (j < gt && isNameChar(s.charAt(j))) {
          j++;
        }
        work += j - i;
        String name = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
        if (!closing && lenient && DROP.contains(name)) {
          int end = closeEnd(name, gt + 1);
          if (end >= 0) {
            out.append(' ');
            i = end;
            continue;
          }
        }
        boolean block = BLOCK.contains(name) || closing && BLOCK_CLOSE_ONLY.contains(name);
        out.append(block ? '\n' : ' ');
        i = gt + 1;
      }
      return out.toString();
    }

    private static boolean isNameChar(char c) {
      return c < 128 && Character.isLetterOrDigit(c);
    }

    /** The next '>' at or after {@code from}, or -1; the search resumes where it stopped. */
    private int nextGt(int from) {
      if (gtAt >= from || gtAt == -2 && gtFrom <= from) {
        return gtAt == -2 ? -1 : gtAt;
      }
      int k = Math.max(from, gtFrom);
      while (k < n && s.charAt(k) != '>') {
        k++;
        work++;
      }
      gtFrom = k;
      gtAt = k < n ? k : -2;
      return gtAt == -2 ? -1 : gtAt;
    }

    /** The end of the first "-->" at or after {@code from}, or -1. */
    private int commentEnd(int from) {
      if (commentAt >= from || commentAt == -2 && commentFrom <= from) {
        return commentAt == -2 ? -1 : commentAt + 3;
      }
      int k = Math.max(from, commentFrom);
      int found = -2;
      while (k + 2 < n) {
        work++;
        if (s.charAt(k) == '-' && s.charAt(k + 1) == '-' && s.charAt(k + 2) == '>') {
          found = k;
          break;
        }
        k++;
      }
      commentFrom = k;
      commentAt = found;
      return found == -2 ? -1 : found + 3;
    }

    /** The end of the first "&lt;/name&gt;" (spaces allowed before '&gt;') at or after {@code from}, or -1. */
    private int closeEnd(String name, int from) {
      int[] c = closeCache.computeIfAbsent(name, k -> new int[] {-1, -1, -1});
      // c[0]: where the last search stopped, c[1]: start of the match (-2: none), c[2]: its end
      if (c[1] >= from || c[1] == -2 && c[0] <= from) {
        return c[1] == -2 ? -1 : c[2];
      }
      int k = Math.max(from, c[0]);
      while (k < n) {
        work++;
        if (s.charAt(k) == '<' && k + 1 < n && s.charAt(k + 1) == '/' && s.regionMatches(true, k + 2, name, 0, name.length())) {
          int e = k + 2 + name.length();
          while (e < n && Character.isWhitespace(s.charAt(e))) {
            e++;
          }
          work += e - k;
          if (e < n && s.charAt(e) == '>') {
            c[0] = k;
            c[1] = k;
            c[2] = e + 1;
            return e + 1;
          }
        }
        k++;
      }
      c[0] = k;
      c[1] = -2;
      return -1;
    }
  }

  static String unescape(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder b = new StringBuilder(s.length());
    while (m.find()) {
      String e = m.group(1);
      String rep;
      if (e.startsWith("#")) {
        try {
          int cp =
              e.startsWith("#x") || e.startsWith("#X")
                  ? Integer.parseInt(e.substring(2), 16)
                  : Integer.parseInt(e.substring(1));
          rep = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " ";
        } catch (NumberFormatException ex) {
          rep = m.group();
        }
      } else {
        switch (e.toLowerCase(Locale.ROOT)) {
          case "nbsp": rep = " "; break;
          case "amp": rep = "&"; break;
          case "lt": rep = "<"; break;
          case "gt": rep = ">"; break;
          case "quot": rep = "\""; break;
          case "apos": rep = "'"; break;
          case "ndash": rep = "–"; break;
          case "mdash": rep = "—"; break;
          case "hellip": rep = "…"; break;
          case "ldquo": rep = "“"; break;
          case "rdquo": rep = "”"; break;
          default: rep = m.group();
        }
      }
      m.appendReplacement(b, Matcher.quoteReplacement(rep));
    }
    m.appendTail(b);
    return b.toString();
  }
}
