package vn.baocao.text;

import java.util.HashMap;
import java.util.Map;

/** Tokens of a document's lines, computed once and shared by the readers of the layout, periods, places and figures. */
public final class TokenCache {
  private final String text;
  private final Map<Long, Tokens> lines = new HashMap<>();

  public TokenCache(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  /** Tokens of {@code text[start, end)}. */
  public Tokens get(int start, int end) {
    return lines.computeIfAbsent(((long) start << 32) | end, k -> Tokens.of(text, start, end));
  }
}
