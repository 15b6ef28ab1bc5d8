package vn.baocao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.baocao.reference.CsvTables;
import vn.baocao.text.Text;

/**
 * A seed-like corpus built in memory from the seed reports: each variant keeps one seed's
 * title, date line and lead, recombines body paragraphs from all seeds, and varies places,
 * months, years and amounts. Deterministic: the same size and random seed give the same bytes.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar vn.baocao.bench.Corpus OUT_DIR [MB]} writes the
 * corpus as files (one report each), for example to run the whole job on something larger than
 * the five seeds.
 */
public final class Corpus {
  /** Raw (un-normalised) report texts, as a crawler would store them. */
  public final List<String> raw;
  /** The same texts decoded and normalised, as {@code ReportExtractor.read} expects them. */
  public final List<String> normalised;
  /** UTF-8 bytes of the raw texts ({@code extract} path input). */
  public final List<byte[]> rawBytes;
  public final long rawByteCount;
  public final long normalisedByteCount;
  public final int seedCount;

  private Corpus(List<String> raw, int seedCount) {
    this.raw = List.copyOf(raw);
    this.seedCount = seedCount;
    List<String> norm = new ArrayList<>(raw.size());
    List<byte[]> bytes = new ArrayList<>(raw.size());
    long rb = 0;
    long nb = 0;
    for (String r : raw) {
      byte[] b = r.getBytes(StandardCharsets.UTF_8);
      bytes.add(b);
      rb += b.length;
      String n = Text.normalise(r);
      norm.add(n);
      nb += n.getBytes(StandardCharsets.UTF_8).length;
    }
    this.normalised = List.copyOf(norm);
    this.rawBytes = List.copyOf(bytes);
    this.rawByteCount = rb;
    this.normalisedByteCount = nb;
  }

  /** Builds about {@code targetBytes} of raw UTF-8 text from the seed reports in {@code seedDir}. */
  public static Corpus build(Path seedDir, long targetBytes, long randomSeed) {
    List<String> seeds = readSeeds(seedDir);
    Generator g = new Generator(seeds, new Random(randomSeed));
    List<String> docs = new ArrayList<>();
    long total = 0;
    // the seeds themselves first, unchanged
    for (String s : seeds) {
      docs.add(s);
      total += s.getBytes(StandardCharsets.UTF_8).length;
    }
    while (total < targetBytes) {
      String d = g.variant();
      docs.add(d);
      total += d.getBytes(StandardCharsets.UTF_8).length;
    }
    return new Corpus(docs, seeds.size());
  }

  static List<String> readSeeds(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> txt = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
      if (txt.isEmpty()) {
        throw new IllegalStateException("no *.txt seed reports in " + dir);
      }
      List<String> out = new ArrayList<>();
      for (Path p : txt) {
        out.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Finds the repository's seeds/ folder: the given path if set, else the system property
   * {@code baocao.seeds}, else the first {@code seeds/} above the working directory or above
   * the benchmarks jar.
   */
  public static Path locateSeeds(String given) {
    if (given != null && !given.isBlank()) {
      return requireDir(Paths.get(given));
    }
    String prop = System.getProperty("baocao.seeds");
    if (prop != null && !prop.isBlank()) {
      return requireDir(Paths.get(prop));
    }
    List<Path> starts = new ArrayList<>();
    starts.add(Paths.get("").toAbsolutePath());
    try {
      starts.add(Paths.get(Corpus.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException ignored) {
      // no code source: the working directory must do
    }
    for (Path start : starts) {
      for (Path p = start; p != null; p = p.getParent()) {
        Path s = p.resolve("seeds");
        if (Files.isDirectory(s)) {
          return s;
        }
      }
    }
    throw new IllegalStateException("cannot find the seeds/ folder; pass -p seedDir=PATH or -Dbaocao.seeds=PATH");
  }

  private static Path requireDir(Path p) {
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("not a folder: " + p);
    }
    return p;
  }

  /** Writes the corpus as files: {@code Corpus OUT_DIR [MB]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: Corpus OUT_DIR [MB (default 1)] [SEED_DIR]");
      System.exit(2);
    }
    Path out = Paths.get(args[0]);
    double mb = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
    Corpus c = build(locateSeeds(args.length > 2 ? args[2] : null), (long) (mb * 1_000_000), 42);
    Files.createDirectories(out);
    for (int i = 0; i < c.raw.size(); i++) {
      Files.writeString(out.resolve(String.format(Locale.ROOT, "bench_%05d.txt", i)), c.raw.get(i), StandardCharsets.UTF_8);
    }
    System.out.printf(Locale.ROOT, "wrote %d reports, %.2f MB, to %s%n", c.raw.size(), c.rawByteCount / 1e6, out);
  }

  /** Recombines and varies seed paragraphs. */
  static final class Generator {
    private static final int BODY_MIN = 150;
    private static final Pattern AMOUNT = Pattern.compile(
        "(?<![\\d.,/])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(,\\d+)?(?![\\d/])(\\s*(?:%|tỷ|tỉ|triệu|nghìn|ha\\b|lao động|doanh nghiệp|hộ|xã|đảng viên|sản phẩm|người|cuộc|lớp))");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20(?:1[5-9]|2[0-6]))(?!\\d)");
    private static final Pattern MONTH = Pattern.compile("(?i)(tháng\\s+)(\\d{1,2})(?!\\d)");
    private static final String[] SEED_PROVINCES = {"Trà Vinh", "Thái Nguyên", "Bến Tre"};
    private static final String[] SEED_UNITS = {"Trà Cú", "Giồng Trôm"};
    private static final String[] SEED_DOMAINS = {"travinh.gov.vn", "thainguyen.gov.vn"};
    private static final String[] PEOPLE = {"Ngô Chí Cường", "Nguyễn Thành Tâm", "Nguyễn Quốc Phương", "Kim Ngọc Thái",
        "Nguyễn Thanh Hải", "Phạm Hoàng Sơn", "Trần Ngọc Tam", "Nguyễn Trúc Hạnh", "Lê Thanh Bình", "Nguyễn Văn Hiếu"};
    private static final String[] NEW_PEOPLE = {"Lê Văn Hùng", "Trần Thị Mai", "Phạm Minh Tuấn", "Đặng Quốc Khánh",
        "Võ Thị Hồng", "Huỳnh Văn Lợi", "Bùi Thanh Phong", "Đỗ Thị Lan", "Hoàng Văn Nam", "Ngô Thị Thu"};

    private final List<List<String>> seedLines = new ArrayList<>();
    private final List<String> bodyPool = new ArrayList<>();
    private final List<String> captionPool = new ArrayList<>();
    private final List<String[]> places = new ArrayList<>(); // {province, slug, unit}
    private final Random rnd;

    Generator(List<String> seeds, Random rnd) {
      this.rnd = rnd;
      for (String s : seeds) {
        List<String> lines = List.of(s.replace("\r\n", "\n").split("\n", -1));
        seedLines.add(lines);
        for (String l : lines) {
          String t = l.strip();
          if (t.length() >= BODY_MIN) {
            bodyPool.add(l);
          } else if (t.length() >= 20 && t.length() < 120) {
            captionPool.add(l);
          }
        }
      }
      Map<String, String[]> byCode = new java.util.TreeMap<>();
      for (Map<String, String> p : CsvTables.read("provinces.csv")) {
        byCode.put(p.get("code"), new String[] {p.get("name"), p.get("slug")});
      }
      for (Map<String, String> u : CsvTables.read("units.csv")) {
        String[] p = byCode.get(u.get("province_code"));
        boolean current = u.get("valid_to") == null || u.get("valid_to").isBlank();
        if (p != null && current && "huyen".equals(u.get("kind"))) {
          places.add(new String[] {p[0], p[1], u.get("name")});
        }
      }
      if (places.isEmpty()) {
        places.add(new String[] {"Trà Vinh", "travinh", "Trà Cú"});
      }
    }

    String variant() {
      List<String> t = seedLines.get(rnd.nextInt(seedLines.size()));
      int first = -1;
      int last = -1;
      for (int i = 0; i < t.size(); i++) {
        if (t.get(i).strip().length() >= BODY_MIN) {
          if (first < 0) {
            first = i;
          }
          last = i;
        }
      }
      StringBuilder b = new StringBuilder(8192);
      if (first < 0) {
        t.forEach(l -> b.append(l).append('\n'));
      } else {
        for (int i = 0; i <= first; i++) {
          b.append(t.get(i)).append('\n');
        }
        int n = 2 + rnd.nextInt(6);
        for (int k = 0; k < n; k++) {
          b.append('\n');
          if (rnd.nextInt(10) < 3) {
            b.append(captionPool.get(rnd.nextInt(captionPool.size()))).append("\n\n");
          }
          b.append(bodyPool.get(rnd.nextInt(bodyPool.size()))).append('\n');
        }
        for (int i = last + 1; i < t.size(); i++) {
          b.append(t.get(i)).append('\n');
        }
      }
      return vary(b.toString());
    }

    private String vary(String s) {
      String[] place = places.get(rnd.nextInt(places.size()));
      for (String p : SEED_PROVINCES) {
        s = s.replace(p, place[0]);
      }
      String[] other = places.get(rnd.nextInt(places.size()));
      s = s.replace(SEED_UNITS[0], place[2]).replace(SEED_UNITS[1], other[2]);
      for (String d : SEED_DOMAINS) {
        s = s.replace(d, place[1] + ".gov.vn");
      }
      for (int i = 0; i < PEOPLE.length; i++) {
        if (rnd.nextBoolean()) {
          s = s.replace(PEOPLE[i], NEW_PEOPLE[rnd.nextInt(NEW_PEOPLE.length)]);
        }
      }
      int yearShift = rnd.nextInt(6) - 3;
      s = replaceAll(YEAR, s, m -> Integer.toString(Integer.parseInt(m.group(1)) + yearShift));
      int monthShift = rnd.nextInt(12);
      s = replaceAll(MONTH, s, m -> {
        int mo = Integer.parseInt(m.group(2));
        return mo < 1 || mo > 12 ? m.group() : m.group(1) + ((mo - 1 + monthShift) % 12 + 1);
      });
      return replaceAll(AMOUNT, s, this::amount);
    }

    private String amount(Matcher m) {
      String intPart = m.group(1);
      String frac = m.group(2);
      String unit = m.group(3);
      if (intPart.length() > 1 && intPart.startsWith("0")) {
        return m.group(); // "08", "01": leave codes and padded counts alone
      }
      boolean percent = unit.strip().startsWith("%");
      double v = Double.parseDouble(intPart.replace(".", "") + (frac == null ? "" : "." + frac.substring(1)));
      double nv = v * (percent ? 0.6 + rnd.nextDouble() * 0.7 : 0.5 + rnd.nextDouble() * 1.5);
      if (percent && nv >= 150) {
        nv = v;
      }
      int decimals = frac == null ? 0 : frac.length() - 1;
      boolean dotted = intPart.contains(".") || nv >= 10_000 && !percent;
      return format(nv, decimals, dotted) + unit;
    }

    private static String format(double v, int decimals, boolean thousands) {
      String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
      String intPart = decimals > 0 ? s.substring(0, s.indexOf('.')) : s;
      String fracPart = decimals > 0 ? s.substring(s.indexOf('.') + 1) : null;
      if (thousands && intPart.length() > 3) {
        StringBuilder b = new StringBuilder();
        int lead = intPart.length() % 3;
        if (lead > 0) {
          b.append(intPart, 0, lead);
        }
        for (int i = lead; i < intPart.length(); i += 3) {
          if (b.length() > 0) {
            b.append('.');
          }
          b.append(intPart, i, i + 3);
        }
        intPart = b.toString();
      }
      return fracPart == null ? intPart : intPart + "," + fracPart;
    }

    private static String replaceAll(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
      Matcher m = p.matcher(s);
      StringBuilder b = new StringBuilder(s.length() + 64);
      while (m.find()) {
        m.appendReplacement(b, Matcher.quoteReplacement(f.apply(m)));
      }
      m.appendTail(b);
      return b.toString();
    }
  }
}
