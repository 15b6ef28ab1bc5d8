package vn.baocao.cli;

import java.util.List;
import java.util.Map;
import vn.baocao.generate.CorpusWriter;

/** Parses {@code generate --docs N --output DIR [--seed S] [--format F] [--master URL]}. */
final class GenerateOptions {
  private GenerateOptions() {}

  static Options parse(String[] args) throws Options.UsageException, Options.HelpRequested {
    Map<String, String> opts = Options.pairs(args, "generate", List.of("--docs", "--output", "--seed", "--format", "--master"), List.of());
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
