package vn.baocao.extract;

/**
 * Vietnamese number spelling: '.' groups thousands and ',' marks decimals ("2.315,6"),
 * with the common deviations of web texts ("24.6" with one or two decimals, "1,448,808"
 * with comma groups).
 */
public final class VnNumber {
  private VnNumber() {}

  /** Parses a number token; NaN if it is not one. */
  public static double parse(String s) {
    if (s == null || s.isEmpty() || !Character.isDigit(s.charAt(0))) {
      return Double.NaN;
    }
    int dots = 0;
    int commas = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c == ',') {
        commas++;
      } else if (!Character.isDigit(c)) {
        return Double.NaN;
      }
    }
    String digits;
    if (dots == 0 && commas == 0) {
      digits = s;
    } else if (commas >= 2 && dots == 0 && groupsOfThree(s, ',')) {
      digits = s.replace(",", "");
    } else if (dots >= 1 && commas <= 1 && groupsOfThree(s.split(",")[0], '.')) {
      digits = s.replace(".", "").replace(',', '.');
    } else if (dots == 1 && commas == 0) {
      digits = s; // "24.6": a decimal point written the English way
    } else if (commas == 1 && dots == 0) {
      digits = s.replace(',', '.');
    } else {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(digits);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static boolean groupsOfThree(String s, char sep) {
    String[] parts = s.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
    if (parts.length < 2 || parts[0].isEmpty() || parts[0].length() > 3) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].length() != 3) {
        return false;
      }
    }
    return true;
  }

  /** Roman numerals of quarters and congresses, I to XX; -1 if not one. */
  public static int roman(String s) {
    String[] romans = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
        "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};
    String l = s.toLowerCase(java.util.Locale.ROOT);
    for (int i = 0; i < romans.length; i++) {
      if (romans[i].equals(l)) {
        return i + 1;
      }
    }
    return -1;
  }
}
