package vn.baocao.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns HTML remnants (a crawler that kept markup) into plain text lines. */
final class Html {
  private Html() {}

  private static final Pattern DROP =
      Pattern.compile("(?is)<(script|style|noscript|head)[^>]*>.*?</\\1\\s*>|<!--.*?-->");
  private static final Pattern BLOCK =
      Pattern.compile("(?i)<\\s*(br|/p|p|/div|div|/li|li|/tr|tr|/h[1-6]|h[1-6]|/td|/title)\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");

  static String toText(String html) {
    String s = DROP.matcher(html).replaceAll(" ");
    s = BLOCK.matcher(s).replaceAll("\n");
    s = TAG.matcher(s).replaceAll(" ");
    return unescape(s);
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
