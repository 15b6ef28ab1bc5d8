package vn.baocao.text;

/** Tokens of a document's lines, computed once and shared by the readers of the layout, periods, places and figures. */
public final class TokenCache {
  private final String text;
  /** The text's chars, copied on the first line tokenised: every line is read from them. */
  private char[] chars;
  /**
   * An open-addressing table from a span's key (start and end in one long) to its tokens:
   * readers ask for the same lines many times per document, and a {@code HashMap<Long, ...>}
   * boxed every key and followed a node per lookup.
   */
  private long[] keys = new long[64];
  private Tokens[] values = new Tokens[64];
  private int size;
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
    int slot = slot(keys, key);
    Tokens t = values[slot];
    if (t == null) {
      if (chars == null) {
        chars = text.toCharArray();
      }
      t = Tokens.of(chars, 0, start, end);
      keys[slot] = key;
      values[slot] = t;
      if (++size * 2 > keys.length) {
        grow();
      }
    }
    lastKey = key;
    last = t;
    return t;
  }

  /** The slot holding {@code key}, or the empty slot where it goes (the table is never full). */
  private int slot(long[] table, long key) {
    int mask = table.length - 1;
    long h = key * 0x9E3779B97F4A7C15L;
    int i = (int) (h >>> 40) & mask;
    while (values[i] != null && table[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    Tokens[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new Tokens[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != null) {
        int s = slot(keys, oldKeys[i]);
        keys[s] = oldKeys[i];
        values[s] = oldValues[i];
      }
    }
  }
}
