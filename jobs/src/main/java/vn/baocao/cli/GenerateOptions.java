package vn.baocao.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.baocao.generate.CorpusWriter;

/** Parses {@code generate --docs N --output DIR [--seed S] [--format F] [--master URL]}. */
final class GenerateOptions {
  private GenerateOptions() {}

  static Options parse(String[] args) throws Options.UsageException, Options.HelpRequested {
    Map<String, String> opts = new LinkedHashMap<>();
    List<String> allowed = List.of("--docs", "--output", "--seed", "--format", "--master");
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        throw new Options.HelpRequested("generate");
      }
      String key = a;
      String value;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        key = a.substring(0, eq);
        value = a.substring(eq + 1);
      } else {
        if (i + 1 >= args.length) {
          throw new Options.UsageException(a.startsWith("--") ? a + " needs a value" : "unexpected argument '" + a + "'");
        }
        value = args[++i];
      }
      if (!allowed.contains(key)) {
        throw new Options.UsageException("'" + key + "' is not an option of generate (see baocao generate --help)");
      }
      if (opts.put(key, value) != null) {
        throw new Options.UsageException(key + " given twice");
      }
    }
    String output = opts.get("--output");
    if (output == null || output.isBlank()) {
      throw new Options.UsageException("generate needs --output <folder>");
    }
    if (!opts.containsKey("--docs")) {
      throw new Options.UsageException("generate needs --docs <number of reports>");
    }
    long docs = number(opts.get("--docs"), "--docs");
    if (docs <= 0) {
      throw new Options.UsageException("--docs must be positive");
    }
    long seed = opts.containsKey("--seed") ? number(opts.get("--seed"), "--seed") : 42;
    String format = opts.getOrDefault("--format", "txt");
    if (!CorpusWriter.FORMATS.contains(format)) {
      throw new Options.UsageException("--format takes " + String.join(", ", CorpusWriter.FORMATS) + ", not '" + format + "'");
    }
    return new Options("generate", null, null, output, "2023", "en", opts.get("--master"), 0, docs, seed, format, false);
  }

  private static long number(String s, String key) throws Options.UsageException {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      throw new Options.UsageException(key + " takes a whole number, not '" + s + "'");
    }
  }
}
