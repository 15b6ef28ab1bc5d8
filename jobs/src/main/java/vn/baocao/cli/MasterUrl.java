package vn.baocao.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a {@code --master} value before Spark sees it: Spark answers a malformed master URL
 * with a logged stack trace, so a typo is caught here as wrong usage with a one-line reason.
 */
final class MasterUrl {
  private MasterUrl() {}

  private static final Pattern VALID = Pattern.compile(
      "local"
          + "|local\\[(\\*|[1-9]\\d*)(,\\s*[1-9]\\d*)?\\]"
          + "|local-cluster\\[[1-9]\\d*,\\s*[1-9]\\d*,\\s*[1-9]\\d*\\]"
          + "|spark://[^\\s/:,]+(:\\d{1,5})?(,[^\\s/:,]+(:\\d{1,5})?)*"
          + "|yarn"
          + "|k8s://\\S+");

  /** Null when {@code master} is a master URL Spark accepts, else why not. */
  static String problem(String master) {
    if (VALID.matcher(master).matches()) {
      return null;
    }
    return "--master '" + master + "' is not a Spark master URL (local[*], local[N], spark://host:7077, yarn or k8s://...)";
  }

  private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|\\d+)(,\\s*\\d+)?\\])?");
  private static final Pattern LOCAL_CLUSTER = Pattern.compile("local-cluster\\[(\\d+),\\s*(\\d+),\\s*\\d+\\]");

  /**
   * The task slots of a local master ({@code local} 1, {@code local[N]} N, {@code local[*]} this
   * machine's cores, {@code local-cluster[W,C,M]} W × C); this machine's cores otherwise.
   */
  static int localSlots(String master) {
    int cores = Runtime.getRuntime().availableProcessors();
    Matcher m = LOCAL.matcher(master);
    if (m.matches()) {
      return m.group(2) == null ? 1 : "*".equals(m.group(2)) ? cores : Math.max(1, Integer.parseInt(m.group(2)));
    }
    m = LOCAL_CLUSTER.matcher(master);
    if (m.matches()) {
      return Math.max(1, Integer.parseInt(m.group(1)) * Integer.parseInt(m.group(2)));
    }
    return cores;
  }
}
