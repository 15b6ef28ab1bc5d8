package vn.baocao.compare;

import java.util.Locale;

/** SQL text templates filled in the root locale (a default-locale format can change digits). */
final class Sql {
  private Sql() {}

  static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
