package vn.baocao.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import vn.baocao.reference.CsvTables;

/**
 * The reports under an input folder or glob: every {@code *.txt} below it, with its path
 * relative to the input root ('/' separators, NFC), plus what an optional {@code sources.csv}
 * says about each file. Other files are listed as skipped.
 */
public final class InputListing {
  /** One report file. */
  public record Input(String sourceFile, String path, long size, String url, LocalDate publishedDate) {}

  /** A problem found while listing (a bad sources.csv row), for the quarantine table. */
  public record Problem(String sourceFile, Integer line, Integer column, String reason, String detail) {}

  private final String root;
  private final List<Input> inputs;
  private final List<String> skipped;
  private final List<Problem> problems;

  private InputListing(String root, List<Input> inputs, List<String> skipped, List<Problem> problems) {
    this.root = root;
    this.inputs = inputs;
    this.skipped = skipped;
    this.problems = problems;
  }

  public String root() {
    return root;
  }

  public List<Input> inputs() {
    return inputs;
  }

  public List<String> skipped() {
    return skipped;
  }

  public List<Problem> problems() {
    return problems;
  }

  private static boolean isGlob(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
  }

  /** Lists an input folder, file or glob. */
  public static InputListing list(String input, Configuration conf) throws IOException {
    Path given = new Path(input);
    FileSystem fs = given.getFileSystem(conf);
    List<FileStatus> files = new ArrayList<>();
    Path root;
    if (isGlob(input)) {
      String prefix = input;
      while (isGlob(prefix)) {
        int slash = prefix.lastIndexOf('/');
        prefix = slash <= 0 ? "." : prefix.substring(0, slash);
      }
      root = fs.makeQualified(new Path(prefix));
      FileStatus[] matched = fs.globStatus(given);
      if (matched == null || matched.length == 0) {
        throw new FileNotFoundException("no file matches " + input);
      }
      for (FileStatus s : matched) {
        collect(fs, s, files);
      }
    } else {
      if (!fs.exists(given)) {
        throw new FileNotFoundException(input + " does not exist");
      }
      FileStatus st = fs.getFileStatus(given);
      root = fs.makeQualified(st.isDirectory() ? given : given.getParent());
      collect(fs, st, files);
    }
    String rootPath = root.toUri().getPath();
    Map<String, FileStatus> reports = new TreeMap<>();
    List<String> skipped = new ArrayList<>();
    List<FileStatus> sourceTables = new ArrayList<>();
    for (FileStatus f : files) {
      String rel = relative(rootPath, f.getPath());
      String name = f.getPath().getName().toLowerCase(Locale.ROOT);
      if (name.endsWith(".txt")) {
        reports.put(rel, f);
      } else if (name.equals("sources.csv")) {
        sourceTables.add(f);
      } else {
        skipped.add(rel);
      }
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, String[]> meta = new HashMap<>();
    for (FileStatus s : sourceTables) {
      readSources(fs, s, rootPath, meta, problems);
    }
    List<Input> inputs = new ArrayList<>();
    for (Map.Entry<String, FileStatus> e : reports.entrySet()) {
      String[] m = meta.get(e.getKey());
      LocalDate published = null;
      if (m != null && m[1] != null && !m[1].isBlank()) {
        try {
          published = LocalDate.parse(m[1].trim());
        } catch (DateTimeParseException ex) {
          problems.add(new Problem(e.getKey(), null, null, "bad_record", "sources.csv published_date '" + m[1] + "' is not yyyy-MM-dd"));
        }
      }
      inputs.add(new Input(e.getKey(), e.getValue().getPath().toString(), e.getValue().getLen(),
          m == null || m[0] == null || m[0].isBlank() ? null : m[0].trim(), published));
    }
    skipped.sort(String::compareTo);
    return new InputListing(rootPath, inputs, skipped, problems);
  }

  private static void collect(FileSystem fs, FileStatus st, List<FileStatus> out) throws IOException {
    if (st.isDirectory()) {
      FileStatus[] children = fs.listStatus(st.getPath());
      java.util.Arrays.sort(children, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
      for (FileStatus c : children) {
        if (c.getPath().getName().startsWith(".")) {
          continue;
        }
        collect(fs, c, out);
      }
    } else {
      out.add(st);
    }
  }

  static String relative(String rootPath, Path file) {
    String p = file.toUri().getPath();
    String r = rootPath.endsWith("/") ? rootPath : rootPath + "/";
    String rel = p.startsWith(r) ? p.substring(r.length()) : file.getName();
    return Normalizer.normalize(rel.replace('\\', '/'), Normalizer.Form.NFC);
  }

  private static void readSources(FileSystem fs, FileStatus table, String rootPath, Map<String, String[]> meta, List<Problem> problems) {
    String tableRel = relative(rootPath, table.getPath());
    String folder = tableRel.contains("/") ? tableRel.substring(0, tableRel.lastIndexOf('/') + 1) : "";
    try (Reader r = new InputStreamReader(fs.open(table.getPath()), StandardCharsets.UTF_8)) {
      List<Map<String, String>> rows = CsvTables.parse(r);
      int line = 1;
      for (Map<String, String> row : rows) {
        line++;
        String sf = row.get("source_file");
        if (sf == null || sf.isBlank()) {
          problems.add(new Problem(tableRel, line, 1, "bad_record", "sources.csv row has no source_file"));
          continue;
        }
        String key = Normalizer.normalize(folder + sf.trim().replace('\\', '/'), Normalizer.Form.NFC);
        meta.put(key, new String[] {row.get("url"), row.get("published_date")});
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(tableRel, null, null, "bad_record", "sources.csv cannot be read: " + e.getMessage()));
    }
  }
}
