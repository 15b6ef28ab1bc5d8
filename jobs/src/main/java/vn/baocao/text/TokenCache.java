package vn.baocao.text;

import java.util.HashMap;
import java.util.Map;

/** Tokens of a document's lines, computed once and shared by the readers of the layout, periods, places and figures. */
public final class TokenCache {
  private final String text;
  private final Map<Long, Tokens> lines = new HashMap<>();
  private long lastKey = -1;
  private Tokens last;

  public TokenCache(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  /** Tokens of {@code text[start, end)}. */
  public Tokens get(int start, int end) {
    long key = ((long) start << 32) | end;
    if (key == lastKey) {
      return last; // readers ask for the same line several times in a row
    }
    Tokens t = lines.get(key);
    if (t == null) {
      t = Tokens.of(text, start, end);
      lines.put(key, t);
    }
    lastKey = key;
    last = t;
    return t;
  }
}
