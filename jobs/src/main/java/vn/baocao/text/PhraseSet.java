package vn.baocao.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of phrases looked up word by word: the first word indexes the candidates, so a text
 * is matched in one pass with no large alternation regex. The longest phrase at a position wins.
 */
public final class PhraseSet implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One matched phrase. */
  public record Match(int from, int to, String phrase, String value) {}

  private record Entry(String[] words, String phrase, String value) implements Serializable {}

  private final Map<String, List<Entry>> byFirst = new HashMap<>();
  private int maxWords;

  /** Builds from phrase → value pairs; phrases are keyed with {@link Text#key}. */
  public static PhraseSet of(Map<String, String> phrases) {
    PhraseSet set = new PhraseSet();
    phrases.forEach(set::add);
    return set;
  }

  public static PhraseSet of(Collection<String> phrases) {
    PhraseSet set = new PhraseSet();
    for (String p : phrases) {
      set.add(p, "");
    }
    return set;
  }

  public void add(String phrase, String value) {
    String key = Text.key(phrase);
    if (key.isEmpty()) {
      return;
    }
    String[] words = key.split(" ");
    List<Entry> list = byFirst.computeIfAbsent(words[0], k -> new ArrayList<>());
    list.add(new Entry(words, key, value));
    list.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
    maxWords = Math.max(maxWords, words.length);
  }

  /** The longest phrase starting at token {@code i}, or null. */
  public Match matchAt(Tokens t, int i) {
    return matchAt(t, i, t.size());
  }

  /** The longest phrase starting at token {@code i} and ending at or before {@code limit}. */
  public Match matchAt(Tokens t, int i, int limit) {
    List<Entry> list = byFirst.get(t.word(i));
    if (list == null) {
      return null;
    }
    for (Entry e : list) {
      int n = e.words.length;
      if (i + n > limit) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < n; k++) {
        if (!e.words[k].equals(t.word(i + k))) {
          ok = false;
          break;
        }
      }
      if (ok) {
        return new Match(i, i + n, e.phrase, e.value);
      }
    }
    return null;
  }

  /** All non-overlapping longest matches in tokens {@code [from, to)}, left to right. */
  public List<Match> findAll(Tokens t, int from, int to) {
    List<Match> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      Match m = matchAt(t, i, to);
      if (m != null) {
        out.add(m);
        i = m.to();
      } else {
        i++;
      }
    }
    return out;
  }

  /** Whether any phrase occurs in tokens {@code [from, to)}. */
  public boolean any(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (matchAt(t, i, to) != null) {
        return true;
      }
    }
    return false;
  }

  /** The match that ends exactly at token {@code end} (exclusive), longest first, or null. */
  public Match endingAt(Tokens t, int from, int end) {
    for (int len = Math.min(maxWords, end - from); len >= 1; len--) {
      Match m = matchAt(t, end - len, end);
      if (m != null && m.to() == end) {
        return m;
      }
    }
    return null;
  }

  /** Whether a key string (already {@link Text#key}ed) contains a phrase. */
  public boolean containsIn(String keyedText) {
    return any(Tokens.of(keyedText), 0, Tokens.of(keyedText).size());
  }

  /** The words phrases start with: a cheap gate before {@link #matchAt}. */
  public java.util.Set<String> firstWords() {
    return java.util.Collections.unmodifiableSet(byFirst.keySet());
  }

  public boolean isEmpty() {
    return byFirst.isEmpty();
  }
}
