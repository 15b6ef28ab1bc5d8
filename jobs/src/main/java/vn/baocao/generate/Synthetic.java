package vn.baocao.generate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells a synthetic report from a real one, so generated figures never reach real outputs
 * unnoticed: a text that starts with the generator's marker line, or a URL under the reserved
 * {@code .invalid} top-level domain (RFC 2606), is synthetic. {@code run} and {@code extract}
 * refuse input that mixes both unless {@code --allow-synthetic} is given, and the manifest
 * says whether a run read synthetic reports.
 */
public final class Synthetic {
  private static final byte[] MARKER = Generator.MARKER_PREFIX.getBytes(StandardCharsets.UTF_8);

  private Synthetic() {}

  /** Whether the report with these raw bytes and this URL (may be null) is synthetic. */
  public static boolean is(String url, byte[] bytes) {
    if (bytes != null) {
      int i = 0;
      if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
        i = 3; // byte-order mark
      }
      while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
        i++;
      }
      if (bytes.length - i >= MARKER.length && java.util.Arrays.equals(bytes, i, i + MARKER.length, MARKER, 0, MARKER.length)) {
        return true;
      }
    }
    return invalidHost(url);
  }

  /** Whether {@code url} names a host under {@code .invalid}. */
  public static boolean invalidHost(String url) {
    if (url == null || url.isBlank()) {
      return false;
    }
    try {
      String host = URI.create(url.trim()).getHost();
      return host != null && (host.toLowerCase(Locale.ROOT).endsWith(".invalid") || host.equalsIgnoreCase("invalid"));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
