package vn.baocao.extract;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.reference.Catalogue;
import vn.baocao.reference.Reference;
import vn.baocao.text.PhraseSet;
import vn.baocao.text.Sha256;
import vn.baocao.text.Text;
import vn.baocao.text.TokenCache;
import vn.baocao.text.Tokens;

/**
 * Reads one report file: decodes and normalises it, finds its title, date, period and subject
 * unit, and extracts every stated figure. Plain Java: the same object runs in a unit test and
 * inside a Spark task.
 */
public final class ReportExtractor implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Files larger than this are quarantined as {@code too_large} by default. */
  public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

  private static final Pattern FULL_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})[/.-](\\d{1,2})[/.-]((?:19|20)\\d{2})(?![\\d/])");
  private static final Pattern DAY_MONTH =
      Pattern.compile("(?i)(?:^|[\\s(])(?:(?:sáng|chiều|tối|trưa)\\s+(?:ngày\\s+)?|(?:ngày|hôm)\\s+)(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?![\\d/])");
  private static final Pattern LONG_DATE =
      Pattern.compile("(?i)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d{2})");

  private final Reference ref;
  private final long maxBytes;
  private transient FigureExtractor figures;
  private transient AreaResolver areas;
  private transient PeriodCues cues;

  public ReportExtractor(Reference ref) {
    this(ref, DEFAULT_MAX_BYTES);
  }

  public ReportExtractor(Reference ref, long maxBytes) {
    this.ref = ref;
    this.maxBytes = maxBytes;
  }

  private void init() {
    if (figures == null) {
      // a province of either map: "Huế" and "Hưng Yên (mới)" are provinces of the 2025 map
      figures = new FigureExtractor(ref.catalogue(),
          key -> ref.gazetteer().provinceByName(key).isPresent() || ref.gazetteer().code2025ByName(key).isPresent(),
          ref.gazetteer().provinceNameFirstWords());
      areas = new AreaResolver(ref.gazetteer(), ref.catalogue());
      cues = new PeriodCues(ref.catalogue().values("number_word"), ref.catalogue().values("year_comparison").keySet(),
          ref.catalogue().values("programme_word").keySet(), ref.catalogue().values("duration_word").keySet());
    }
  }

  /** What a crawler knew about a file (sources.csv); both fields may be null. */
  public record SourceMeta(String url, LocalDate publishedDate) implements Serializable {
    public static final SourceMeta NONE = new SourceMeta(null, null);
  }

  /** A problem with the input, written to the quarantine table. */
  public record Issue(Integer line, Integer column, String reason, String detail) implements Serializable {}

  /** The document row's fields. */
  public record Document(
      String docId, String title, String sourceDomain, LocalDate publishedDate,
      AreaResolver.Area area, Period period, String status) implements Serializable {}

  /** The result for one file; {@code text} is the normalised text the offsets refer to. */
  public record Extraction(Document document, List<Fact> facts, List<Issue> issues, String text) implements Serializable {}

  /** Reads a report from its bytes; {@code fullSize} is the file's size (bytes may be a prefix). */
  public Extraction extract(byte[] bytes, long fullSize, SourceMeta meta) {
    return extract(bytes, fullSize, meta, null);
  }

  /**
   * As {@link #extract(byte[], long, SourceMeta)}, where {@code utf8} (or null) is a string whose
   * UTF-8 encoding is exactly {@code bytes} (the caller decoded them): it is used instead of
   * decoding them a second time unless the bytes read as UTF-16 (a byte-order mark, or zero
   * bytes in every other place).
   */
  public Extraction extract(byte[] bytes, long fullSize, SourceMeta meta, String utf8) {
    return extract(bytes, fullSize, meta, utf8, null);
  }

  /**
   * As above, where {@code bytesSha256} (or null) is the hex SHA-256 of {@code bytes}, which the
   * caller computed for the file's own hash: the doc_id is its prefix when normalising changed
   * nothing, and the report is not hashed a second time.
   */
  public Extraction extract(byte[] bytes, long fullSize, SourceMeta meta, String utf8, String bytesSha256) {
    init();
    List<Issue> issues = new ArrayList<>();
    if (fullSize > maxBytes) {
      issues.add(new Issue(null, null, "too_large", "file has " + fullSize + " bytes; the limit is " + maxBytes + " (--max-bytes)"));
      return quarantined(bytes, issues);
    }
    if (bytes.length == 0) {
      issues.add(new Issue(null, null, "empty", "file is empty"));
      return quarantined(bytes, issues);
    }
    String binary = binaryKind(bytes);
    if (binary != null) {
      issues.add(new Issue(null, null, "binary", binary));
      return quarantined(bytes, issues);
    }
    String raw = utf8 != null && !readsAsUtf16(bytes) ? utf8 : decode(bytes, issues);
    if (raw == null) {
      return quarantined(bytes, issues);
    }
    String text = Text.normalise(raw);
    if (text.isBlank()) {
      issues.add(new Issue(null, null, "empty", "file holds only white space or markup"));
      return quarantined(bytes, issues);
    }
    String docId = raw == utf8 ? idOfKept(bytes, raw, text, bytesSha256) : null;
    if (docId == null) {
      docId = docId(text);
    }
    return read(text, docId, meta == null ? SourceMeta.NONE : meta, issues);
  }

  /** Reads an already normalised text (tests and benchmarks). */
  public Extraction read(String text, SourceMeta meta, List<Issue> issues) {
    return read(text, docId(text), meta, issues);
  }

  private Extraction read(String text, String docId, SourceMeta meta, List<Issue> issues) {
    init();
    TokenCache cache = new TokenCache(text);
    Layout layout = layout(cache);
    Catalogue cat = ref.catalogue();
    // dates
    LocalDate published = meta.publishedDate();
    Periods.PartialDate article = articleDate(text, layout);
    if (published == null && article != null && article.year() > 0) {
      published = Periods.safe(article.year(), article.month(), article.day());
    }
    if (published == null && article != null) {
      // "Chiều 5/10" with no year: a full date in the lead ("đến ngày 30/9/2023") gives it
      Periods.PartialDate any = fullDate(text.substring(0, Math.min(text.length(), 1500)), false);
      if (any != null) {
        published = article.resolve(LocalDate.of(any.year(), any.month(), any.day()));
      }
    }
    // period
    List<Periods.Source> sources = new ArrayList<>();
    if (layout.title != null) {
      sources.add(new Periods.Source(cache.get(layout.title.start(), layout.title.end()), 3));
    }
    for (Span s : layout.lead) {
      sources.add(new Periods.Source(cache.get(s.start(), s.end()), 2));
    }
    for (Span s : layout.rest) {
      sources.add(new Periods.Source(cache.get(s.start(), s.end()), 1));
    }
    Period period = Periods.documentPeriod(sources, cues, cat.phrases("doc_backward"), cat.phrases("doc_forward"), published, article);
    if (published == null && article != null && period != null) {
      published = article.resolve(period.end());
    }
    if (period == null && published != null) {
      // a report tied to no period ("đón nhận Bằng công nhận ...") states things as of its date
      period = Period.asOf(published);
    }
    // area
    LocalDate when = published != null ? published : period != null ? period.end() : null;
    AreaResolver.Result area = areas.resolve(cache, layout.title, layout.lead, layout.rest, meta.url(), when);
    String domain = area.sourceDomain();
    if (meta.url() != null) {
      domain = AreaResolver.host(meta.url()).orElse(domain);
    }
    // figures: body first, then the title (a figure restated in the title is one record)
    // a year-end review published in January states its stocks as of the end of the year it reviews
    LocalDate asOf = published;
    if (published != null && period != null && period.end().isBefore(published) && period.end().getYear() < published.getYear()
        && !period.type().equals("midterm")) {
      asOf = period.end();
    }
    FigureExtractor.Context ctx = new FigureExtractor.Context(period, asOf,
        layout.title == null ? null : figures.topic(cache, layout.title));
    List<Span> body = new ArrayList<>(layout.lead);
    body.addAll(layout.rest);
    List<Fact> found = new ArrayList<>(figures.extract(cache, body, ctx));
    if (layout.title != null) {
      found.addAll(figures.extract(cache, List.of(layout.title), ctx));
    }
    int bodyFacts = bodyCount(found, layout);
    AreaResolver.Area docArea = area.area();
    boolean era34 = docArea != null ? docArea.adminVersion() == 34 : when != null && !when.isBefore(AreaResolver.REFORM);
    List<Fact> placed = new ArrayList<>();
    java.util.Set<String> others = new java.util.TreeSet<>();
    int own = 0;
    int elsewhere = 0;
    for (Fact f : found) {
      AreaResolver.Area at = areas.placeHint(f.areaHint(), docArea);
      AreaResolver.Area province = areas.provinceOfHint(f.areaHint(), era34);
      boolean sameProvince = province != null && docArea != null && province.provinceCode().equals(docArea.provinceCode());
      if (province != null && !sameProvince) {
        others.add(province.provinceCode());
        elsewhere++;
      } else if (at == null || sameProvince) {
        own++;
      }
      placed.add(at == null ? f : f.withArea(at));
    }
    if (!area.firm() && (others.size() >= 2 && own <= elsewhere || (docArea == null || "national".equals(docArea.level())) && !others.isEmpty())) {
      // a roundup: several provinces, each with its own figures, none speaking for itself and
      // the one the text seemed to be about holding no more figures than the others together
      AreaResolver.Area national = areas.national(era34);
      List<Fact> relabelled = new ArrayList<>();
      for (Fact f : placed) {
        AreaResolver.Area province = areas.provinceOfHint(f.areaHint(), era34);
        if (f.area() != null || province != null) {
          relabelled.add(province != null ? f.withArea(province) : f);
        }
        // figures of no named province are the country's: a reference, not a record
      }
      placed = relabelled;
      area = new AreaResolver.Result(national, area.sourceDomain(), false);
    }
    List<Fact> facts = dedupe(placed, bodyFacts);
    facts.sort((a, b) -> a.charStart() != b.charStart() ? Integer.compare(a.charStart(), b.charStart())
        : Integer.compare(a.charEnd(), b.charEnd()));
    if (area.area() == null) {
      issues.add(new Issue(null, null, "unknown_area", "no province or unit could be read from the title, text or address"));
    }
    if (period == null) {
      issues.add(new Issue(null, null, "unknown_period", "no reporting period could be read from the title or lead"));
    }
    String title = layout.title == null ? null : text.substring(layout.title.start(), layout.title.end());
    Document doc = new Document(docId, title, domain, published, area.area(), period, facts.isEmpty() ? "no_figures" : "extracted");
    return new Extraction(doc, facts, issues, text);
  }

  private static int bodyCount(List<Fact> found, Layout layout) {
    int n = 0;
    for (Fact f : found) {
      if (layout.title == null || f.charStart() >= layout.title.end()) {
        n++;
      }
    }
    return n;
  }

  /**
   * One record per figure: exact repeats go, and a title figure that rounds a body figure
   * ("hơn 15 nghìn tỷ" for 15.234 tỷ) goes too. {@code bodyFacts} leading facts are the body's.
   */
  private static List<Fact> dedupe(List<Fact> facts, int bodyFacts) {
    List<Fact> kept = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      if (i >= bodyFacts && f.value() != null && roundsABodyFigure(f, facts.subList(0, bodyFacts))) {
        continue;
      }
      kept.add(f);
    }
    return dedupeExact(kept);
  }

  private static boolean roundsABodyFigure(Fact title, List<Fact> body) {
    for (Fact b : body) {
      if (b.value() != null && b.indicator().equals(title.indicator()) && b.measure().equals(title.measure())
          && java.util.Objects.equals(b.unit(), title.unit())
          && Math.abs(b.value() - title.value()) <= 0.1 * Math.max(Math.abs(b.value()), 1e-9)) {
        return true;
      }
    }
    return false;
  }

  private static List<Fact> dedupeExact(List<Fact> facts) {
    Set<String> seen = new HashSet<>();
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      // an assessment restated (title and body, or twice in the text) is one record
      String where = f.area() == null ? "" : f.area().level() + " " + f.area().name();
      String key = f.assessment() != null ? f.indicator() + "|assessment|" + f.assessment() + "|" + where
          : f.indicator() + "|" + f.measure() + "|" + f.value() + "|" + f.unit() + "|" + f.basis() + "|"
              + (f.period() == null ? "" : f.period().type()) + "|" + where;
      if (seen.add(key)) {
        out.add(f);
      }
    }
    return out;
  }

  private Extraction quarantined(byte[] bytes, List<Issue> issues) {
    String docId = sha16(bytes);
    return new Extraction(new Document(docId, null, null, null, null, null, "quarantined"), List.of(), issues, "");
  }

  /** First 16 hex digits of SHA-256 of the normalised text. */
  public static String docId(String normalised) {
    return sha16(normalised.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The id of {@code text} when normalising only dropped ASCII from the end of {@code raw} (a
   * final newline, mostly), {@code bytes} being raw's UTF-8: the hash of their prefix, without
   * encoding the text again (a twentieth of the extraction), or when nothing was dropped the
   * prefix of {@code bytesSha256}, the caller's hex SHA-256 of {@code bytes} (or null). Null
   * otherwise.
   */
  static String idOfKept(byte[] bytes, String raw, String text, String bytesSha256) {
    int dropped = raw.length() - text.length();
    if (dropped < 0 || !raw.startsWith(text)) {
      return null;
    }
    for (int i = text.length(); i < raw.length(); i++) {
      if (raw.charAt(i) >= 0x80) {
        return null;
      }
    }
    return dropped == 0 && bytesSha256 != null && bytesSha256.length() == 64
        ? bytesSha256.substring(0, 16) : sha16(bytes, bytes.length - dropped);
  }

  static String sha16(byte[] bytes) {
    return sha16(bytes, bytes.length);
  }

  private static String sha16(byte[] bytes, int length) {
    return Sha256.hex(bytes, 0, length).substring(0, 16);
  }

  static String binaryKind(byte[] b) {
    if (startsWith(b, "%PDF")) {
      return "PDF document, not text";
    }
    if (startsWith(b, "PK\u0003\u0004")) {
      return "ZIP/Office archive, not text";
    }
    if (b.length > 3 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' || b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8
        || startsWith(b, "GIF8")) {
      return "image, not text";
    }
    if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
      return null; // UTF-16 with a byte-order mark
    }
    int n = Math.min(b.length, 8192);
    int control = 0;
    int nul = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        nul++;
      }
      if (c < 0x09 || c > 0x0D && c < 0x20 && c != 0x1B) {
        control++;
      }
    }
    if (nul > 0 && nul * 3 >= n && utf16Guess(b) != null) {
      return null;
    }
    if (nul > 0 || control * 20 > n) {
      return String.format(Locale.ROOT, "%d control bytes in the first %d bytes", control, n);
    }
    return null;
  }

  private static Charset utf16Guess(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        evenZero++;
      }
      if (b[i + 1] == 0) {
        oddZero++;
      }
    }
    if (oddZero > n / 4 && evenZero < n / 40) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero > n / 4 && oddZero < n / 40) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean startsWith(byte[] b, String ascii) {
    if (b.length < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (b[i] != (byte) ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@link #decode} reads {@code b} as UTF-16 rather than UTF-8. */
  private static boolean readsAsUtf16(byte[] b) {
    if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
      return true;
    }
    return b.length > 16 && utf16Guess(b) != null;
  }

  /** Decodes UTF-8 (or UTF-16 with a mark); null with an issue when the bytes are not text. */
  static String decode(byte[] b, List<Issue> issues) {
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
    }
    Charset utf16 = utf16Guess(b);
    if (utf16 != null && b.length > 16) {
      return new String(b, utf16);
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return dec.decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      // a file cut inside its last character: keep what is there and say so
      for (int cut = 1; cut <= 3 && cut < b.length; cut++) {
        try {
          String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b, 0, b.length - cut)).toString();
          issues.add(new Issue(null, null, "truncated", "file ends inside a UTF-8 character; the last " + cut + " byte(s) were dropped"));
          return s;
        } catch (CharacterCodingException ignored) {
          // try a shorter prefix
        }
      }
      int bad = firstMalformed(b);
      issues.add(new Issue(lineOf(b, bad), null, "undecodable",
          "not UTF-8: invalid byte 0x" + String.format(Locale.ROOT, "%02X", b[Math.max(0, bad)] & 0xFF) + " at byte " + bad
              + " (save the file as UTF-8; legacy TCVN3/VNI encodings are not read)"));
      return null;
    }
  }

  private static int firstMalformed(byte[] b) {
    int lo = 0;
    int hi = b.length;
    // binary search the shortest prefix that fails to decode
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      try {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, mid + 1));
        lo = mid + 1;
      } catch (CharacterCodingException e) {
        hi = mid;
      }
    }
    // back up to the start of the offending sequence
    int p = Math.min(lo, b.length - 1);
    while (p > 0 && (b[p] & 0xC0) == 0x80 && lo - p < 3) {
      p--;
    }
    return p;
  }

  private static Integer lineOf(byte[] b, int pos) {
    int line = 1;
    for (int i = 0; i < Math.min(pos, b.length); i++) {
      if (b[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Title, lead and body lines, page furniture left out. */
  static final class Layout {
    Span title;
    final List<Span> lead = new ArrayList<>();
    final List<Span> rest = new ArrayList<>();
  }

  Layout layout(TokenCache cache) {
    String text = cache.text();
    Catalogue cat = ref.catalogue();
    PhraseSet furnitureLine = cat.phrases("furniture_line");
    PhraseSet furnitureStop = cat.phrases("furniture_stop");
    PhraseSet captions = cat.phrases("caption");
    PhraseSet mastheads = cat.phrases("masthead");
    PhraseSet organs = cat.phrases("organ");
    Layout l = new Layout();
    int pos = 0;
    int leadChars = 0;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      Span line = new Span(pos, end);
      pos = end + 1;
      if (line.length() == 0) {
        continue;
      }
      Tokens t = cache.get(line.start(), line.end());
      if (t.size() == 0) {
        continue;
      }
      boolean shortLine = t.size() <= 12;
      int head = Math.min(t.size(), 3);
      if (shortLine && furnitureStop.matchAt(t, 0) != null && l.title != null) {
        break;
      }
      if (l.title == null && (t.size() <= 10 || fullDate(text.substring(line.start(), line.end())) != null)
          && mastheads.matchAt(t, 0) != null && !(t.size() > 1 && t.word(1).equals("cáo"))) {
        // "Cổng Thông tin điện tử tỉnh Trà Vinh" above the title is the portal's name, not furniture;
        // "Báo Nghệ An điện tử | Thứ Sáu, 27/12/2019 - 16:42" too: the masthead with its dateline
        l.lead.add(line); // "Báo Thái Bình điện tử": the paper's name, read for the province, never the title
        continue;
      }
      if (shortLine && (furnitureLine.matchAt(t, 0) != null || furnitureLine.any(t, 0, head) && t.size() <= 6)) {
        continue;
      }
      if (l.title != null && captions.matchAt(t, 0) != null) {
        continue; // "Ảnh: Đường làng ở xã Hải Phương, huyện Hải Hậu (Nam Định)": a photo caption names a place, not the subject
      }
      if (l.title == null && t.size() <= 12 && organs.matchAt(t, 0) != null && isSectionLine(text, line, t)) {
        // "UBND XÃ LƯƠNG HÒA - HUYỆN BẾN LỨC": the publishing committee and its parent, read for
        // the subject like a lead, never the title
        l.lead.add(line);
        continue;
      }
      if (l.title == null) {
        if (t.size() >= 4 && !isDateLine(text, line) && !isSectionLine(text, line, t)) {
          l.title = line;
        }
        continue;
      }
      if (leadChars < 700 && t.size() > 3) {
        l.lead.add(line);
        leadChars += line.length();
      } else {
        l.rest.add(line);
      }
    }
    return l;
  }

  /** "Nông nghiệp - Nông thôn", "Báo Hà Tĩnh > Nông thôn mới": a section label or breadcrumb, not a title. */
  private static boolean isSectionLine(String text, Span line, Tokens t) {
    String s = text.substring(line.start(), line.end());
    int separators = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      separators += c == '>' || c == '»' || c == '›' || c == '|' || c == '≡' ? 1 : 0;
    }
    if (t.size() > 8) {
      // "Cổng thông tin điện tử huyện Tri Tôn » Xã - Thị trấn » Xã Lương An Trà", a menu bar
      return separators >= 2;
    }
    // "Nông nghiệp - Nông thôn" is a section; "Hướng Hóa - 5 năm nhìn lại" (a number) is a title
    boolean digits = s.chars().anyMatch(Character::isDigit);
    return separators > 0 || !digits && (s.contains(" - ") || s.contains(" – "));
  }

  private static boolean isDateLine(String text, Span line) {
    // the length first: a title candidate can be a whole paragraph, and the regex scans it all
    return line.length() < 40 && FULL_DATE.matcher(text.substring(line.start(), line.end())).find();
  }

  /** The first d/m/yyyy (or d-m-yyyy, d.m.yyyy) date in {@code s}; a hand scan, faster than a regex here. */
  static Periods.PartialDate fullDate(String s) {
    return fullDate(s, true);
  }

  static Periods.PartialDate fullDate(String s, boolean articleOnly) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (!isAsciiDigit(s.charAt(i)) || i > 0 && (isAsciiDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '/')) {
        continue;
      }
      int[] p = new int[3];
      int k = i;
      boolean ok = true;
      char sep = 0;
      for (int part = 0; part < 3 && ok; part++) {
        int st = k;
        int v = 0;
        while (k < n && isAsciiDigit(s.charAt(k)) && k - st < 4) {
          v = v * 10 + s.charAt(k) - '0';
          k++;
        }
        int len = k - st;
        ok = part < 2 ? len >= 1 && len <= 2 : len == 4 && (k >= n || !isAsciiDigit(s.charAt(k)) && s.charAt(k) != '/');
        p[part] = v;
        if (ok && part < 2) {
          char c = k < n ? s.charAt(k) : 0;
          ok = (c == '/' || c == '-' || c == '.') && (sep == 0 || c == sep);
          sep = c;
          k++;
        }
      }
      if (!ok) {
        continue;
      }
      // "đến ngày 30/9/2023", "từ 01/7/2023": a date of the figures, not of the article (the
      // words before are lower-cased only for a date: every digit of a line starts a try)
      boolean figureDate = false;
      if (articleOnly) {
        String before = s.substring(Math.max(0, i - 12), i).toLowerCase(java.util.Locale.ROOT);
        figureDate = before.contains("đến") || before.contains("từ ") || before.contains("hết");
      }
      if (!figureDate && p[2] >= 1900 && p[2] < 2100 && Periods.safe(p[2], p[1], p[0]) != null) {
        return new Periods.PartialDate(p[2], p[1], p[0]);
      }
    }
    return null;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The article's date from the first lines: "20/03/2023 - 05:35", "Ngày 02/6", "Sáng ngày 6/6". */
  Periods.PartialDate articleDate(String text, Layout layout) {
    int limit = Math.min(text.length(), layout.lead.isEmpty() ? 1500 : Math.max(layout.lead.get(layout.lead.size() - 1).end(), 600));
    String head = text.substring(0, limit);
    // full dates count only near the top: match them on the first few hundred characters
    String top = text.substring(0, Math.min(text.length(), 400));
    Periods.PartialDate full = fullDate(top);
    if (full != null) {
      return full;
    }
    Matcher lm = LONG_DATE.matcher(top);
    if (lm.find() && lm.start() < 400) {
      return new Periods.PartialDate(Integer.parseInt(lm.group(3)), Integer.parseInt(lm.group(2)), Integer.parseInt(lm.group(1)));
    }
    Matcher dm = DAY_MONTH.matcher(head);
    if (dm.find()) {
      int d = Integer.parseInt(dm.group(1));
      int mo = Integer.parseInt(dm.group(2));
      if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) {
        return new Periods.PartialDate(0, mo, d);
      }
    }
    return null;
  }
}

