package vn.baocao.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pre-Unicode Vietnamese encodings of older provincial files: TCVN3 (ABC) and VNI-Windows,
 * which spell Vietnamese letters with Latin-1/cp1252 bytes (tables in
 * {@code data/reference/legacy_encodings.csv}), and Windows-1258, which uses combining tone
 * marks (decoded by the JDK's charset, then NFC).
 *
 * <p>A guess is accepted only when it is clear: decoded with each encoding, the words that hold
 * a non-ASCII letter must be well-formed Vietnamese syllables (onset, vowels, coda, at most one
 * tone), nearly all of them, and clearly more than under any other encoding.
 */
public final class LegacyEncodings {
  /** Encodings tried, in this order. */
  public static final List<String> NAMES = List.of("tcvn3", "vni", "windows-1258");

  /** At least this share of the non-ASCII words must be Vietnamese syllables. */
  static final double MIN_SCORE = 0.9;
  /** ... and at least this many of them. */
  static final int MIN_WORDS = 3;

  private static final String TABLE = "baocao/reference/legacy_encodings.csv";
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final Pattern SYLLABLE = Pattern.compile(
      "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
          // the vowel groups Vietnamese spells (tones removed), longest first
          + "(iêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|yêu"
          + "|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|yê"
          + "|[aăâeêioôơuưy])"
          + "(ng|nh|ch|[cmnpt])?");
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  /** byte sequence (1 or 2 bytes, big-endian int) to letter, per table encoding. */
  private static final Map<String, Map<Integer, String>> DECODE = new HashMap<>();
  /** letter to byte sequence, per table encoding (for tests and round trips). */
  private static final Map<String, Map<String, byte[]>> ENCODE = new HashMap<>();

  static {
    try (InputStream in = LegacyEncodings.class.getClassLoader().getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("Cannot find " + TABLE + " on the classpath");
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].trim().split(",");
        if (f.length != 3) {
          continue;
        }
        String hex = f[1];
        int key = Integer.parseInt(hex, 16);
        byte[] seq = new byte[hex.length() / 2];
        for (int k = 0; k < seq.length; k++) {
          seq[k] = (byte) Integer.parseInt(hex.substring(2 * k, 2 * k + 2), 16);
        }
        DECODE.computeIfAbsent(f[0], k -> new HashMap<>()).put(seq.length == 1 ? key : key | 0x10000, f[2]);
        ENCODE.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[2], seq);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private LegacyEncodings() {}

  /** A decoding under one encoding: the text, and how many bytes had no meaning in it. */
  public record Candidate(String encoding, String text, int unmapped, int words, int syllables) {
    /** Share of non-ASCII words that are syllables, unmapped bytes counting as failures. */
    public double score() {
      int total = words + unmapped;
      return total == 0 ? 0 : (double) syllables / total;
    }
  }

  /** Whether Windows-1258 can be decoded on this JVM (it lives in the jdk.charsets module). */
  public static boolean has1258() {
    return Charset.isSupported("windows-1258");
  }

  /** Decodes {@code b} as {@code encoding} (tcvn3, vni or windows-1258), NFC. */
  public static Candidate decode(byte[] b, String encoding) {
    String text;
    int unmapped = 0;
    if (encoding.equals("windows-1258")) {
      if (!has1258()) {
        return new Candidate(encoding, "", 0, 0, 0);
      }
      text = Normalizer.normalize(new String(b, Charset.forName("windows-1258")), Normalizer.Form.NFC);
      unmapped = count(text, '\uFFFD');
    } else {
      Map<Integer, String> table = DECODE.get(encoding);
      StringBuilder s = new StringBuilder(b.length);
      for (int i = 0; i < b.length; i++) {
        int c = b[i] & 0xFF;
        if (i + 1 < b.length) {
          String two = table.get(0x10000 | c << 8 | b[i + 1] & 0xFF);
          if (two != null) {
            s.append(two);
            i++;
            continue;
          }
        }
        String one = c >= 0x80 ? table.get(c) : null;
        if (c == 0xA0) {
          s.append(' '); // a non-breaking space in every Latin-1 based encoding
        } else if (one != null) {
          s.append(one);
        } else if (c < 0x80) {
          s.append((char) c);
        } else {
          s.append(new String(new byte[] {(byte) c}, CP1252));
          unmapped++;
        }
      }
      text = s.toString();
    }
    int[] ws = words(text);
    return new Candidate(encoding, text, unmapped, ws[0], ws[1]);
  }

  /** Encodes NFC {@code text} with a table encoding; letters it cannot spell are an error. */
  public static byte[] encode(String text, String encoding) {
    Map<String, byte[]> table = ENCODE.get(encoding);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c < 0x80) {
        out.write(c);
        continue;
      }
      byte[] seq = table.get(String.valueOf(c));
      if (seq == null) {
        throw new IllegalArgumentException(encoding + " cannot spell '" + c + "'");
      }
      out.writeBytes(seq);
    }
    return out.toByteArray();
  }

  /**
   * The clear best legacy decoding of bytes that are not UTF-8, or null. {@code best} receives
   * the best candidate even when it is not clear enough, for the quarantine detail.
   */
  public static Candidate recognise(byte[] b, Candidate[] best) {
    Candidate first = null;
    Candidate second = null;
    for (String enc : NAMES) {
      Candidate c = decode(b, enc);
      if (first == null || c.score() > first.score()) {
        second = first;
        first = c;
      } else if (second == null || c.score() > second.score()) {
        second = c;
      }
    }
    if (best != null && best.length > 0) {
      best[0] = first;
    }
    boolean clear = first.syllables() >= MIN_WORDS && first.score() >= MIN_SCORE
        && (second == null || second.score() <= first.score() - 0.1);
    return clear ? first : null;
  }

  /** {non-ASCII words, of which Vietnamese syllables}. */
  static int[] words(String text) {
    int words = 0;
    int syllables = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int s = i;
      boolean nonAscii = false;
      while (i < n && isWordChar(text.charAt(i))) {
        nonAscii |= text.charAt(i) >= 0x80;
        i++;
      }
      if (nonAscii) {
        words++;
        if (isSyllable(text.substring(s, i))) {
          syllables++;
        }
      }
    }
    return new int[] {words, syllables};
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK || c >= 0x80 && !Character.isWhitespace(c)
        && !Character.isDigit(c) && Character.getType(c) != Character.SPACE_SEPARATOR && ".,;:!?\"'()[]–—…“”‘’".indexOf(c) < 0;
  }

  /** A well-formed Vietnamese syllable: onset, one to three vowels, coda, at most one tone. */
  static boolean isSyllable(String word) {
    String d = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder bare = new StringBuilder(d.length());
    int tones = 0;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (TONES.indexOf(c) >= 0) {
        tones++;
      } else {
        bare.append(c);
      }
    }
    return tones <= 1 && SYLLABLE.matcher(Normalizer.normalize(bare, Normalizer.Form.NFC)).matches();
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
