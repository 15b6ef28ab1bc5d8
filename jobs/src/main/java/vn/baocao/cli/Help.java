package vn.baocao.cli;

/** The --help texts. */
final class Help {
  private Help() {}

  static String text(String command) {
    if (command == null) {
      return """
          baocao — figures from Vietnamese provincial and district reports, compared across provinces.

          Usage:
            bin/baocao run     --input <path> --output <dir> [--boundaries 2023|2025] [--labels en|vi] [--master URL]
            bin/baocao extract --input <path> --output <dir> [--master URL]
            bin/baocao compare --records <path> --output <dir> [--boundaries 2023|2025] [--labels en|vi] [--master URL]
            bin/baocao generate --docs <n> --output <dir> [--seed <s>] [--format txt|jsonl|jsonl.gz|parquet]

          run      extract then compare, in one go.
          extract  report texts -> documents, records, quarantine (Parquet + CSV).
          compare  records -> comparisons/{budget,disbursement,new_rural_area,scorecard,units}.
          generate synthetic reports with their true facts (gold), for tests and benchmarks.

          'bin/baocao <command> --help' explains each option. Exit codes: 0 ok, 1 failed, 2 wrong usage.

          Environment (bin/baocao; README, "Commands"):
            BAOCAO_JAVA_OPTS       JVM flags (default -Xmx4g); a -XX:+Use...GC there replaces the parallel collector.
            BAOCAO_LOG_LEVEL=info  Spark's own log (silenced by default).
            BAOCAO_NO_CDS=1        no class-data archive (made once per build for faster starts).
            BAOCAO_JIT_DIRECTIVES=off  C2 may compile Janino, and Spark's generated code on any input
                                   (by default only on 1 GiB of input or more).
            BAOCAO_INLINE=default  HotSpot's C2 inlining sizes instead of the launcher's smaller ones.
            BAOCAO_THP=off         no transparent huge pages for the heap.
          """;
    }
    String common = """
          --output <dir>        Folder for the results. It may exist: a successful run replaces its
                                contents as a whole; a failed run leaves it untouched.
                                Refused: a folder that is, holds or lies inside an input, or an
                                existing non-empty folder that is not a previous baocao output.
          --master <url>        Spark master (local[2], spark://host:7077). Default: spark-submit's, else local[*].
        """;
    String compareOpts = """
          --boundaries 2023|2025  2023 (default): provinces as each report knew them (63 before July 2025).
                                2025: re-expressed on the 34 post-merger provinces.
          --labels en|vi        CSV headers and coded values (half_year, low, top) in English (default)
                                or Vietnamese (6 tháng, đạt thấp, nhóm đầu). Parquet keeps English.
                                baocao.xlsx and report/index.html are always in Vietnamese.
        """;
    return switch (command) {
      case "generate" -> """
          bin/baocao generate --docs <n> --output <dir> [--seed <s>] [--format txt|jsonl|jsonl.gz|parquet]

          Writes <n> synthetic reports in the style of the seeds (63 provinces and their districts,
          every period form and focus indicator, phrasing variants, traps, page furniture) and
          their true facts, deterministically from the seed (default 42).

            --format txt          texts/NNNN/gNNNNNNN.txt and texts/sources.csv (default)
            --format jsonl        corpus.jsonl; jsonl.gz: corpus.jsonl.gz; parquet: corpus.parquet/
            --master <url>        Spark master, used by --format parquet only.

          Always writes gold/documents.csv and gold/facts.csv (the columns of the seeds' gold) for
          score-extraction. Every text starts with the line "[GIẢ LẬP <seed>]" and its URL is under
          synthetic.baocao.invalid: run and extract refuse to mix such reports with real ones.
          """;
      case "run" -> """
          bin/baocao run --input <path> --output <dir> [--boundaries 2023|2025] [--labels en|vi] [--master URL]

          Extracts every report under --input and writes the comparison tables.

            --input <path>        A folder (every *.txt below it is a report; an optional sources.csv
                                  with source_file,url,published_date adds each page's address), a glob,
                                  or a corpus: a .jsonl or .jsonl.gz file (one {"source_file"|"url",
                                  "published_date","text"} object per line), a .parquet file, or a folder
                                  of .parquet (or .jsonl) part files with those columns. A bad line is
                                  quarantined as bad_record with its line number.
            --allow-synthetic     Accept synthetic reports (baocao generate) mixed with real ones;
                                  without it such a mix is refused (exit 2).
            --max-bytes <n>       Reports larger than this are quarantined as too_large (default 8388608).
          """ + common + compareOpts + outputs();
      case "extract" -> """
          bin/baocao extract --input <path> --output <dir> [--master URL]

          Reads every report under --input into documents, records and quarantine.

            --input <path>        A folder (every *.txt below it is a report; an optional sources.csv
                                  with source_file,url,published_date adds each page's address), a glob,
                                  or a corpus: a .jsonl or .jsonl.gz file (one {"source_file"|"url",
                                  "published_date","text"} object per line), a .parquet file, or a folder
                                  of .parquet (or .jsonl) part files with those columns. A bad line is
                                  quarantined as bad_record with its line number.
            --allow-synthetic     Accept synthetic reports (baocao generate) mixed with real ones;
                                  without it such a mix is refused (exit 2).
            --max-bytes <n>       Reports larger than this are quarantined as too_large (default 8388608).
          """ + common + outputs();
      default -> """
          bin/baocao compare --records <path> --output <dir> [--boundaries 2023|2025] [--labels en|vi] [--master URL]

          Builds the comparison tables from records.

            --records <path>      An extract output folder, a records Parquet folder, or hand-entered
                                  records as CSV (one file or a folder of them) in the records columns.
                                  Bad CSV rows go to quarantine with file, line and column.
          """ + common + compareOpts + """

          Writes comparisons/<table>/ (Parquet) and comparisons/<table>.csv, quarantine, _manifest.json.
          """;
    };
  }

  private static String outputs() {
    return """

        Writes (Parquet folder and one UTF-8 CSV with byte-order mark each):
          documents, records, quarantine, comparisons/<table>, and _manifest.json.
        run and compare also write baocao.xlsx and report/index.html for planners.
        """;
  }
}
