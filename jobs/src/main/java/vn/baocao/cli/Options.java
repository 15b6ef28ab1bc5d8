package vn.baocao.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line, parsed once into an immutable record.
 *
 * @param command run, extract or compare
 * @param input --input (run, extract)
 * @param records --records (compare)
 * @param output --output
 * @param boundaries 2023 or 2025
 * @param labels en or vi
 * @param master --master, or null to use spark-submit's or local[*]
 * @param maxBytes files above this size are quarantined as too_large
 * @param docs generate: number of reports
 * @param seed generate: random seed
 * @param format generate: txt, jsonl, jsonl.gz or parquet
 * @param allowSynthetic run, extract: read synthetic and real reports together
 */
public record Options(
    String command, String input, String records, String output, String boundaries, String labels,
    String master, long maxBytes, long docs, long seed, String format, boolean allowSynthetic) {

  /** The options of run, extract and compare, without the generator's. */
  public Options(String command, String input, String records, String output, String boundaries, String labels,
      String master, long maxBytes) {
    this(command, input, records, output, boundaries, labels, master, maxBytes, 0, 0, null, false);
  }

  /** Wrong usage: exit code 2. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }

  /** A request for help text rather than a run. */
  public static final class HelpRequested extends Exception {
    private static final long serialVersionUID = 1L;
    final String command;

    public HelpRequested(String command) {
      super(command);
      this.command = command;
    }
  }

  public static Options parse(String[] args) throws UsageException, HelpRequested {
    if (args.length == 0) {
      throw new UsageException("missing command: run, extract or compare (see --help)");
    }
    String command = args[0];
    if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
      throw new HelpRequested(null);
    }
    if (command.equals("generate")) {
      return GenerateOptions.parse(args);
    }
    if (!List.of("run", "extract", "compare").contains(command)) {
      throw new UsageException("unknown command '" + command + "': use run, extract, compare or generate");
    }
    List<String> allowed = new ArrayList<>(List.of("--output", "--master", "--max-bytes"));
    if (!command.equals("compare")) {
      allowed.add("--input");
    }
    if (!command.equals("extract")) {
      allowed.addAll(List.of("--boundaries", "--labels"));
    }
    if (command.equals("compare")) {
      allowed.add("--records");
    }
    List<String> flags = command.equals("compare") ? List.of() : List.of("--allow-synthetic");
    Map<String, String> opts = pairs(args, command, allowed, flags);
    boolean allowSynthetic = opts.containsKey("--allow-synthetic");
    String input = opts.get("--input");
    String records = opts.get("--records");
    String output = opts.get("--output");
    if (!command.equals("compare") && (input == null || input.isBlank())) {
      throw new UsageException(command + " needs --input <folder or glob>");
    }
    if (command.equals("compare") && (records == null || records.isBlank())) {
      throw new UsageException("compare needs --records <extract output, records Parquet or CSV>");
    }
    if (output == null || output.isBlank()) {
      throw new UsageException(command + " needs --output <folder>");
    }
    String boundaries = opts.getOrDefault("--boundaries", "2023");
    if (!boundaries.equals("2023") && !boundaries.equals("2025")) {
      throw new UsageException("--boundaries takes 2023 or 2025, not '" + boundaries + "'");
    }
    String labels = opts.getOrDefault("--labels", "en");
    if (!labels.equals("en") && !labels.equals("vi")) {
      throw new UsageException("--labels takes en or vi, not '" + labels + "'");
    }
    long maxBytes = vn.baocao.extract.ReportExtractor.DEFAULT_MAX_BYTES;
    if (opts.containsKey("--max-bytes")) {
      try {
        maxBytes = Long.parseLong(opts.get("--max-bytes"));
      } catch (NumberFormatException e) {
        throw new UsageException("--max-bytes takes a number of bytes, not '" + opts.get("--max-bytes") + "'");
      }
      if (maxBytes <= 0) {
        throw new UsageException("--max-bytes must be positive");
      }
    }
    String master = opts.get("--master");
    if (master != null && MasterUrl.problem(master) != null) {
      throw new UsageException(MasterUrl.problem(master));
    }
    return new Options(command, input, records, output, boundaries, labels, master, maxBytes, 0, 0, null,
        allowSynthetic);
  }

  /**
   * The {@code --key value} and {@code --key=value} pairs after the command word, and the bare
   * {@code flags} (mapped to ""), refusing an unknown key, a key given twice or a missing value.
   */
  static Map<String, String> pairs(String[] args, String command, List<String> allowed, List<String> flags)
      throws UsageException, HelpRequested {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        throw new HelpRequested(command);
      }
      if (flags.contains(a)) {
        opts.put(a, "");
        continue;
      }
      String key = a;
      String value;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        key = a.substring(0, eq);
        value = a.substring(eq + 1);
      } else {
        if (i + 1 >= args.length) {
          throw new UsageException(a.startsWith("--") ? a + " needs a value" : "unexpected argument '" + a + "'");
        }
        value = args[++i];
      }
      if (!allowed.contains(key)) {
        throw new UsageException("'" + key + "' is not an option of " + command + " (see baocao " + command + " --help)");
      }
      if (opts.put(key, value) != null) {
        throw new UsageException(key + " given twice");
      }
    }
    return opts;
  }
}
