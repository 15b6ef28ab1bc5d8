package vn.baocao.extract;

import java.io.Serializable;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.baocao.reference.Catalogue;
import vn.baocao.reference.Gazetteer;
import vn.baocao.reference.Province;
import vn.baocao.reference.Unit;
import vn.baocao.text.PhraseSet;
import vn.baocao.text.Text;
import vn.baocao.text.TokenCache;
import vn.baocao.text.Tokens;

/**
 * Finds the subject of a report: the unit whose committee or government speaks ("Huyện ủy
 * Trà Cú", "Ban Thường vụ Tỉnh ủy"), not every place it names. The title weighs most, then the
 * lead; the province comes from the unit, or from the web host, newspaper or byline when the
 * text says only "Tỉnh ủy".
 */
public final class AreaResolver {
  /** 1 July 2025: 34 provinces, no districts. */
  public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  private static final Pattern HOST =
      Pattern.compile("(?i)\\b((?:[a-z0-9-]+\\.)+(?:gov\\.vn|org\\.vn|com\\.vn|vn))\\b");

  /**
   * The area of a report or record.
   *
   * @param adminVersion 63 or 34
   * @param level province, city, town, district, commune or ward
   * @param name canonical name without prefix
   * @param provinceCode province as the report knew it
   * @param provinceName its name
   * @param provinceCode2025 the post-merger province
   * @param provinceName2025 its name
   */
  public record Area(
      int adminVersion, String level, String name, String provinceCode, String provinceName,
      String provinceCode2025, String provinceName2025)
      implements Serializable {}

  /**
   * The resolved subject and the host that helped, if any.
   *
   * @param firm whether a unit speaks for itself (a committee or government named with its
   *     unit, a unit named in the title, an address, byline or newspaper of the unit) rather
   *     than the subject being guessed from the places the text names
   */
  public record Result(Area area, String sourceDomain, boolean firm) {
    public Result(Area area, String sourceDomain) {
      this(area, sourceDomain, true);
    }
  }

  private record Mention(String level, String name, String provinceCode, String unitCode, double weight, boolean organ, List<Unit> candidates) {
    Mention(String level, String name, String provinceCode, String unitCode, double weight, boolean organ) {
      this(level, name, provinceCode, unitCode, weight, organ, List.of());
    }
  }

  private final Gazetteer gaz;
  private final PhraseSet organs;
  private final PhraseSet prefixes;
  private final PhraseSet newspapers;
  private final PhraseSet roundupCues;
  /** First words of the organ and prefix phrases: {@link #scan} looks up no other word. */
  private final java.util.Set<String> scanGate = new java.util.HashSet<>();
  /** First words of the gazetteer's province names: a word that starts none is not looked up. */
  private final java.util.Set<String> provinceFirstWords;

  public AreaResolver(Gazetteer gaz, Catalogue cat) {
    this.gaz = gaz;
    this.newspapers = PhraseSet.of(gaz.newspapers());
    this.organs = cat.phrases("organ");
    this.prefixes = cat.phrases("unit_prefix");
    this.roundupCues = cat.phrases("roundup_cue");
    this.provinceFirstWords = gaz.provinceNameFirstWords();
    scanGate.addAll(organs.firstWords());
    scanGate.addAll(prefixes.firstWords());
  }

  /**
   * Resolves the subject.
   *
   * @param text normalised text (whole, furniture included: footers name the host)
   * @param title the title span
   * @param lead the lead spans (first lines of the body)
   * @param body the body spans
   * @param url address from sources.csv, or null
   * @param date the report's date (published or period end), or null
   */
  public Result resolve(String text, Span title, List<Span> lead, List<Span> body, String url, LocalDate date) {
    return resolve(new TokenCache(text), title, lead, body, url, date);
  }

  /** As {@link #resolve(String, Span, List, List, String, LocalDate)}, reusing line tokens. */
  public Result resolve(TokenCache cache, Span title, List<Span> lead, List<Span> body, String url, LocalDate date) {
    String text = cache.text();
    boolean era34 = date != null && !date.isBefore(REFORM);
    List<Mention> mentions = new ArrayList<>();
    String titleOrgan = null;
    if (title != null) {
      titleOrgan = scan(cache, title, 6, era34, mentions);
    }
    boolean bareTitleUnit = false;
    if (title != null && !era34 && mentions.stream().noneMatch(m -> m.name() != null)) {
      // "Hớn Quản giải ngân đạt 68 %": a district named bare in the title is the subject
      bareTitleUnit = bareUnits(cache, title, 6, mentions);
    }
    // "Xã Tân Dân đón Bằng công nhận ...": a unit named in the title is the subject's level,
    // whatever committee the lead quotes first ("dự toán HĐND tỉnh giao")
    String titleUnitLevel = null;
    for (Mention m : mentions) {
      if (m.name() != null && !m.organ() && !m.level().equals("province")) {
        titleUnitLevel = m.level().equals("urban") ? "district" : m.level();
        break;
      }
    }
    if (titleOrgan == null && titleUnitLevel == null && title != null && mentions.stream().noneMatch(Mention::organ)) {
      // "Hà Tĩnh có 153 xã đạt chuẩn", "LONG AN: 5 NĂM ...": a province named bare in the title
      Map<String, Double> named = new HashMap<>();
      bareProvinces(cache, title, era34, named, 1.0);
      if (!named.isEmpty()) {
        titleUnitLevel = "province";
        // "BẠC LIÊU: 6 THÁNG ĐẦU NĂM ...": the titled province, not one its lead merely names
        for (String code : new java.util.TreeSet<>(named.keySet())) {
          Area p = provinceArea(code, era34);
          if (p != null) {
            mentions.add(new Mention("province", p.name(), code, code, 6, false));
          }
        }
      }
    }
    // "Huyện ủy Trà Cú: ..." names a unit of a known province: weaker evidence cannot change it
    boolean settled = false;
    for (Mention m : mentions) {
      settled |= m.organ() && m.name() != null && m.provinceCode() != null;
    }
    String leadOrgan = null;
    for (Span s : lead) {
      String o = scan(cache, s, 3, era34, mentions);
      if (leadOrgan == null) {
        leadOrgan = o;
      }
    }
    if (title != null && titleOrgan == null && !"province".equals(titleUnitLevel)) {
      // "Tiên Điền đón Bằng ...", "THỦY NGUYÊN HOÀN THÀNH ..." over a lead that writes "xã Tiên
      // Điền", "HĐND huyện Thủy Nguyên": the unit the title names bare is the subject, at the
      // level the report's own word gives it (units change kind; the gazetteer knows the last)
      String titleText = text.substring(title.start(), title.end()).toLowerCase(Locale.ROOT);
      for (int i = 0; i < mentions.size(); i++) {
        Mention m = mentions.get(i);
        if (m.weight() != 3 || m.name() == null || m.level().equals("province") || !namesWord(titleText, m.name().toLowerCase(Locale.ROOT))) {
          continue;
        }
        Mention titled = new Mention(m.level(), m.name(), m.provinceCode(), m.unitCode(), 6, false, m.candidates());
        mentions.removeIf(x -> x.weight() == 6 && !x.organ() && x.name() != null && x.name().equalsIgnoreCase(titled.name()));
        mentions.add(0, titled);
        titleUnitLevel = m.level().equals("urban") ? "district" : m.level();
        break;
      }
    }
    // the body only matters when the title and lead name no unreadable-free subject
    boolean placed = false;
    for (Mention m : mentions) {
      placed |= m.name() != null && m.provinceCode() != null;
    }
    if (!placed) {
      for (Span s : body) {
        scan(cache, s, 1, era34, mentions);
      }
    }
    // province evidence
    Map<String, Double> provinceScore = new HashMap<>();
    String domain = null;
    List<String> hosts = new ArrayList<>();
    if (url != null && !url.isBlank()) {
      host(url).ifPresent(hosts::add);
      String slug = Text.ascii(url);
      for (Province p : gaz.provinces()) {
        if (!p.slug().isEmpty() && slug.contains(p.slug())) {
          provinceScore.merge(era34 ? p.code2025() : p.code(), 1.0, Double::sum);
        }
      }
    }
    // hosts stand in bylines and footers: read the head and the tail, not the whole text
    String headTail = text.length() <= 6000 ? text : text.substring(0, 3000) + "\n" + text.substring(text.length() - 3000);
    // the host regex runs only around each ".vn": a regex over every position is slow
    for (int at = headTail.indexOf(".vn"); at >= 0; at = headTail.indexOf(".vn", at + 3)) {
      int from = Math.max(0, at - 80);
      Matcher hm = HOST.matcher(headTail.substring(from, Math.min(headTail.length(), at + 8)));
      String last = null;
      while (hm.find()) {
        last = hm.group(1).toLowerCase(Locale.ROOT);
      }
      if (last != null && !hosts.contains(last)) {
        hosts.add(last);
      }
    }
    String hostUnit = null;
    boolean firm = settled || bareTitleUnit;
    for (int i = 0; i < hosts.size(); i++) {
      Optional<Gazetteer.SourceHint> hint = gaz.byHost(hosts.get(i));
      if (hint.isPresent()) {
        String code = era34 ? gaz.province(hint.get().provinceCode()).map(Province::code2025).orElse(hint.get().provinceCode()) : hint.get().provinceCode();
        provinceScore.merge(code, i == 0 && url != null ? 8.0 : 4.0, Double::sum);
        if (domain == null) {
          domain = hosts.get(i);
        }
        if (hostUnit == null && !hint.get().unitCode().isEmpty()) {
          hostUnit = hint.get().unitCode();
        }
      }
    }
    if (domain == null && !hosts.isEmpty() && url != null) {
      domain = hosts.get(0);
    }
    String hostLevel = null;
    if (url != null) {
      hostLevel = urlMentions(url, provinceScore, mentions, era34);
    }
    if (hostLevel != null && bareTitleUnit) {
      // "LONG MỸ: ..." on "txlongmy.haugiang.gov.vn": the town, not the district of the same name
      // (urlMentions adds the site's unit last when it returns its level)
      Mention site = mentions.get(mentions.size() - 1);
      if (mentions.removeIf(x -> x.weight() == 6 && !x.organ() && site.name().equalsIgnoreCase(x.name()) && !site.level().equals(x.level()))) {
        mentions.add(0, new Mention(site.level(), site.name(), site.provinceCode(), site.unitCode(), 6, false, site.candidates()));
        titleUnitLevel = site.level();
      }
    }
    if (title != null && !settled) {
      bareProvinces(cache, title, era34, provinceScore, 2.0);
    }
    for (Span s : settled ? List.<Span>of() : lead) {
      bareProvinces(cache, s, era34, provinceScore, 1.0);
    }
    for (String sig : settled ? List.<String>of() : signatures(text, 3000)) {
      gaz.bySignature(sig).ifPresent(code -> provinceScore.merge(era34 ? code2025(code) : code, 4.0, Double::sum));
    }
    // newspaper names stand in the head (lead, byline) or the tail (footer)
    List<Span> ends = new ArrayList<>();
    if (title != null) {
      ends.add(title);
    }
    ends.addAll(lead);
    ends.addAll(body.subList(Math.max(0, body.size() - 6), body.size()));
    for (Span e : settled ? List.<Span>of() : ends) {
      Tokens part = cache.get(e.start(), e.end());
      for (PhraseSet.Match np : newspapers.findAll(part, 0, part.size())) {
        provinceScore.merge(era34 ? code2025(np.value()) : np.value(), 3.0, Double::sum);
      }
    }
    for (Mention m : mentions) {
      // a committee in the title or lead speaks for its unit; one quoted in the body ("Lãnh đạo
      // UBND tỉnh Hòa Bình thừa nhận ...") is a voice in someone else's article
      firm |= m.organ() && m.name() != null && m.weight() >= 3;
    }
    for (Mention m : mentions) {
      if (m.provinceCode() != null) {
        double w = m.level().equals("province") ? m.weight() * 2 : m.weight() * 0.5;
        provinceScore.merge(m.provinceCode(), w, Double::sum);
      }
    }
    if (provinceScore.isEmpty()) {
      // nothing better: a province named bare anywhere in the body
      for (Span s : body) {
        bareProvinces(cache, s, era34, provinceScore, 0.5);
      }
    }
    if (!settled && hostUnit == null && titleOrgan == null && titleUnitLevel == null && roundup(cache, title, lead, body, era34)) {
      return new Result(national(era34), domain, false);
    }
    // a page on a unit's own site ("daitu.thainguyen.gov.vn") is that unit's, whichever higher
    // committee its lead quotes ("được UBND tỉnh công nhận")
    String level = titleOrgan != null ? titleOrgan : titleUnitLevel != null ? titleUnitLevel : hostLevel != null ? hostLevel : leadOrgan;
    Mention best = null;
    double bestScore = 0;
    Map<String, Double> scores = new HashMap<>();
    for (Mention m : mentions) {
      if (m.name() == null) {
        continue;
      }
      scores.merge(m.level() + "|" + m.unitCode(), m.weight() * (m.organ() ? 2 : 1), Double::sum);
    }
    for (Mention m : mentions) {
      if (m.name() == null || (level != null && !sameLevel(level, m.level()))) {
        continue;
      }
      double s = scores.get(m.level() + "|" + m.unitCode());
      s += 0.1 * provinceScore.getOrDefault(m.provinceCode(), 0.0);
      if (s > bestScore) {
        best = m;
        bestScore = s;
      }
    }
    if (level == null && best == null) {
      // no organ: the strongest named unit decides, else the province evidence
      for (Mention m : mentions) {
        if (m.name() == null) {
          continue;
        }
        double s = scores.get(m.level() + "|" + m.unitCode());
        if (s > bestScore && s >= 3) {
          best = m;
          bestScore = s;
        }
      }
    }
    firm |= hostUnit != null;
    if (best == null && hostUnit != null && !era34) {
      Optional<Unit> u = gaz.unit(hostUnit);
      if (u.isPresent() && (level == null || sameLevel(level, u.get().level()))) {
        return new Result(area(u.get().level(), u.get().name(), u.get().provinceCode(), false), domain, firm);
      }
    }
    if (best != null && best.provinceCode() == null) {
      Unit pick = null;
      double pickScore = -1;
      for (Unit u : best.candidates()) {
        double sc = provinceScore.getOrDefault(u.provinceCode(), 0.0);
        if (sc > pickScore) {
          pick = u;
          pickScore = sc;
        }
      }
      return new Result(area(best.level(), pick.name(), pick.provinceCode(), era34), domain, firm);
    }
    if (best != null) {
      if (best.level().equals("province")) {
        return new Result(provinceArea(best.provinceCode(), era34), domain, firm);
      }
      return new Result(area(best.level(), best.name(), best.provinceCode(), era34), domain, firm);
    }
    String province = top(provinceScore);
    if (province == null) {
      return new Result(null, domain, false);
    }
    if (level == null || level.equals("province")) {
      return new Result(provinceArea(province, era34), domain, firm);
    }
    // a named level without a readable name ("Huyện ủy" alone): report the province only
    Area p = provinceArea(province, era34);
    return new Result(p == null ? null : new Area(p.adminVersion(), "province", p.name(), p.provinceCode(), p.provinceName(), p.provinceCode2025(), p.provinceName2025()), domain, firm);
  }

  /** Unit words a district's web host may start with ("huyencailay", "thixaninhhoa", "tpbaria"). */
  private static final List<String> HOST_PREFIXES = List.of("huyen", "thixa", "thanhpho", "tp", "tx", "quan", "xa", "phuong");

  private static final Pattern SLUG_UNIT = Pattern.compile("(?:^|[/._-])(huyen|thanh-pho|tp|thi-xa|quan)-(?:uy-)?((?:[a-z0-9]+-?){1,4})");

  /** Bylines opening a line in the first {@code limit} chars: "BDK - ", "(QNO) – ". */
  static List<String> signatures(String text, int limit) {
    List<String> out = new ArrayList<>();
    int end = Math.min(text.length(), limit);
    for (int start = 0; start < end && out.size() < 3; ) {
      int p = start;
      if (p < end && text.charAt(p) == '(') {
        p++;
      }
      int q = p;
      while (q < end && q - p < 7 && (text.charAt(q) >= 'A' && text.charAt(q) <= 'Z' || text.charAt(q) == 'Đ')) {
        q++;
      }
      int r = q < end && text.charAt(q) == ')' ? q + 1 : q;
      while (r < end && text.charAt(r) == ' ') {
        r++;
      }
      if (q - p >= 2 && q - p <= 6 && r + 1 < end && "-–—".indexOf(text.charAt(r)) >= 0 && text.charAt(r + 1) == ' ') {
        out.add(text.substring(p, q));
      }
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }

  /**
   * Units named by the address: "caungang.travinh.gov.vn", "eakly.krongpac.daklak.gov.vn",
   * ".../huyen-cau-ke-so-ket-...". Returns the level of a unit whose own site the page is on.
   */
  private String urlMentions(String url, Map<String, Double> provinceScore, List<Mention> out, boolean era34) {
    String u = url.toLowerCase(Locale.ROOT);
    Optional<String> host = host(url);
    String province = top(provinceScore);
    Optional<Gazetteer.SourceHint> hint = host.flatMap(gaz::byHost);
    if (host.isPresent() && hint.isPresent() && host.get().endsWith("." + hint.get().pattern())) {
      String sub = host.get().substring(0, host.get().length() - hint.get().pattern().length() - 1);
      String[] labels = sub.split("\\.");
      // the commune's label before its district's ("eakly.krongpac"), or alone on the 2025 map
      String communeLabel = labels.length >= 2 ? labels[labels.length - 2] : era34 ? labels[0] : null;
      if (communeLabel != null && !communeLabel.equals("www")) {
        String siteProvince = era34 ? code2025(hint.get().provinceCode()) : hint.get().provinceCode();
        for (Unit c : gaz.communesBySlug(communeLabel, era34)) {
          if (c.provinceCode().equals(siteProvince)) {
            out.add(new Mention(c.level(), c.name(), c.provinceCode(), c.code(), 3, true, List.of()));
            provinceScore.merge(c.provinceCode(), 2.0, Double::sum);
            return c.level();
          }
        }
      }
      if (era34) {
        return null;
      }
      String first = sub.substring(sub.lastIndexOf('.') + 1);
      List<Unit> bySlug = gaz.unitsBySlug(first);
      for (String prefix : HOST_PREFIXES) {
        if (bySlug.isEmpty() && first.startsWith(prefix) && first.length() > prefix.length() + 2) {
          // "huyencailay.tiengiang.gov.vn": the district, not the town of the same name
          String want = switch (prefix) {
            case "huyen", "quan" -> "district";
            case "thixa", "tx" -> "town";
            case "xa" -> "commune";
            case "phuong" -> "ward";
            default -> "city";
          };
          List<Unit> named = new ArrayList<>(gaz.unitsBySlug(first.substring(prefix.length())));
          named.sort(java.util.Comparator.comparing((Unit x) -> !x.level().equals(want)));
          bySlug = named;
        }
      }
      for (Unit unit : bySlug) {
        if (province == null || unit.provinceCode().equals(province)) {
          out.add(new Mention(unit.level(), unit.name(), unit.provinceCode(), unit.code(), 3, true));
          provinceScore.merge(unit.provinceCode(), 2.0, Double::sum);
          return unit.level();
        }
      }
    }
    if (era34) {
      return null;
    }
    Matcher m = SLUG_UNIT.matcher(u);
    while (m.find()) {
      String[] words = m.group(2).split("-");
      String want = switch (m.group(1)) {
        case "thi-xa" -> "town";
        case "thanh-pho", "tp" -> "city";
        default -> "district";
      };
      for (int n = Math.min(4, words.length); n >= 1; n--) {
        String squashed = String.join("", java.util.Arrays.copyOf(words, n));
        List<Unit> fit = new ArrayList<>();
        for (Unit unit : gaz.unitsBySlug(squashed)) {
          if (!unit.level().equals("commune") && !unit.level().equals("ward") && (province == null || unit.provinceCode().equals(province))) {
            fit.add(unit);
          }
        }
        if (fit.size() == 1) {
          Unit unit = fit.get(0);
          out.add(new Mention(want, unit.name(), unit.provinceCode(), unit.code(), 3, true));
          return null;
        }
      }
    }
    return null;
  }

  /**
   * District, town and city names written without their prefix in a title ("Hớn Quản giải
   * ngân ..."): capitalised words that name a sub-province unit and no province.
   */
  /** What may stand between the words of a hyphenated name ("Phan Rang - Tháp Chàm"). */
  private static final java.util.Set<String> HYPHEN_GAP = java.util.Set.of("-", " - ", "–", " – ");

  private boolean bareUnits(TokenCache cache, Span span, double weight, List<Mention> out) {
    String text = cache.text();
    Tokens t = cache.get(span.start(), span.end());
    boolean found = false;
    for (int i = 0; i < t.size(); i++) {
      if (!Character.isUpperCase(text.charAt(t.start(i)))) {
        continue;
      }
      int province = 0;
      for (int len = Math.min(4, t.size() - i); len >= 2 && province == 0; len--) {
        province = gaz.provinceByName(t.join(i, i + len)).isPresent() ? len : 0;
      }
      if (province > 0) {
        i += province - 1; // "Bà Rịa - Vũng Tàu: ..." is the province, not the city of Bà Rịa
        continue;
      }
      for (int len = Math.min(gaz.maxNameWords(), t.size() - i); len >= 2; len--) {
        boolean capitalised = true;
        for (int k = i; k < i + len; k++) {
          capitalised &= Character.isUpperCase(text.charAt(t.start(k))) && (k == i || t.start(k) - t.end(k - 1) == 1
              || HYPHEN_GAP.contains(text.substring(t.end(k - 1), t.start(k))));
        }
        String key = t.join(i, i + len);
        if (!capitalised || gaz.provinceByName(key).isPresent()) {
          continue;
        }
        Mention m = unit(gaz.units(key), "district", weight, false);
        if (m != null) {
          Unit u = m.candidates().isEmpty() ? gaz.unit(m.unitCode()).orElse(null) : null;
          String level = u == null ? m.level() : u.level();
          out.add(new Mention(level, m.name(), m.provinceCode(), m.unitCode(), weight, false, m.candidates()));
          found = true;
          i += len - 1;
          break;
        }
      }
    }
    return found;
  }

  /** Province names written bare ("Huyện ủy Phong Điền (Thừa Thiên Huế)"): weak evidence. */
  private void bareProvinces(TokenCache cache, Span span, boolean era34, Map<String, Double> provinceScore, double weight) {
    String text = cache.text();
    Tokens t = cache.get(span.start(), span.end());
    for (int i = 0; i < t.size(); i++) {
      if (!Character.isUpperCase(text.charAt(t.start(i))) || !provinceFirstWords.contains(t.word(i))) {
        continue;
      }
      for (int len = Math.min(4, t.size() - i); len >= 2; len--) {
        String key = t.join(i, i + len);
        Optional<Province> p = gaz.provinceByName(key);
        if (p.isPresent()) {
          provinceScore.merge(era34 ? p.get().code2025() : p.get().code(), weight, Double::sum);
          i += len - 1;
          break;
        }
      }
    }
  }

  /**
   * Whether the title or lead speaks of a group ("nhiều tỉnh miền núi", "một số địa phương",
   * "các thành phố lớn") and the text names at least three provinces: a roundup, whichever
   * province it quotes most.
   */
  private boolean roundup(TokenCache cache, Span title, List<Span> lead, List<Span> body, boolean era34) {
    List<Span> head = new ArrayList<>();
    if (title != null) {
      head.add(title);
    }
    head.addAll(lead);
    // a group is often announced in the line before the list ("Một số địa phương ... như sau:")
    head.addAll(body.subList(0, Math.min(2, body.size())));
    boolean cue = false;
    for (Span s : head) {
      Tokens t = cache.get(s.start(), s.end());
      cue |= roundupCues.any(t, 0, t.size());
    }
    if (!cue) {
      return false;
    }
    Map<String, Double> named = new HashMap<>();
    for (Span s : head) {
      bareProvinces(cache, s, era34, named, 1.0);
    }
    for (Span s : body) {
      bareProvinces(cache, s, era34, named, 1.0);
    }
    return named.size() >= 3;
  }

  /** Whether {@code name} stands in {@code text} as whole words. */
  private static boolean namesWord(String text, String name) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int end = at + name.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** The area every report can be about: the country (a roundup of several provinces). */
  public Area national(boolean era34) {
    return new Area(era34 ? 34 : 63, "national", "Việt Nam", null, null, null, null);
  }

  /** The province a "province|..." hint names, or null. */
  public Area provinceOfHint(String hint, boolean era34) {
    if (hint == null || !hint.startsWith("province|")) {
      return null;
    }
    String[] words = hint.substring("province|".length()).split(" ");
    for (int len = words.length; len >= 1; len--) {
      String k = String.join(" ", java.util.Arrays.copyOf(words, len));
      Optional<String> code = era34 ? gaz.code2025ByName(k) : gaz.provinceByName(k).map(Province::code);
      if (code.isPresent()) {
        return provinceArea(code.get(), era34);
      }
    }
    return null;
  }

  /**
   * The area a clause's hint files its figures under, or null for the document's own: another
   * province named in the clause ("Bắc Giang đạt 38,6 %"), the report's province
   * ("toàn tỉnh ..." in a district report), or a unit of the report's province.
   */
  public Area placeHint(String hint, Area doc) {
    if (hint == null || doc == null) {
      return null;
    }
    boolean era34 = doc.adminVersion() == 34;
    if (hint.startsWith("scope|")) {
      if (doc.level().equals("province") || doc.level().equals("national") || doc.provinceCode() == null) {
        return null;
      }
      boolean municipality = gaz.province(doc.provinceCode()).map(Province::municipality).orElse(false)
          || era34 && gaz.name2025(doc.provinceCode()).map(n -> n.startsWith("Thành phố")).orElse(false);
      if (hint.equals("scope|province") || municipality && hint.equals("scope|city")) {
        return provinceArea(doc.provinceCode(), era34);
      }
      return null;
    }
    Area province = provinceOfHint(hint, era34);
    if (province != null) {
      return province.provinceCode().equals(doc.provinceCode()) && doc.level().equals("province") ? null : province;
    }
    return resolveHint(hint, doc);
  }

  /**
   * The area a clause names for its own figures ("district|châu thành"), resolved within the
   * document's province; null when it is the document's own unit or cannot be placed.
   */
  public Area resolveHint(String hint, Area doc) {
    if (hint == null || doc == null) {
      return null;
    }
    int bar = hint.indexOf('|');
    String level = hint.substring(0, bar);
    String[] words = hint.substring(bar + 1).split(" ");
    boolean era34 = doc.adminVersion() == 34;
    for (int len = words.length; len >= 1; len--) {
      String key = String.join(" ", java.util.Arrays.copyOf(words, len));
      Mention m = lookup(key, level, 1, false, era34);
      if (m == null) {
        continue;
      }
      String province = m.provinceCode();
      String unitName = m.name();
      if (province == null) {
        for (Unit u : m.candidates()) {
          if (u.provinceCode().equals(doc.provinceCode())) {
            province = u.provinceCode();
            unitName = u.name();
          }
        }
      }
      if (province == null || !province.equals(doc.provinceCode())) {
        return null;
      }
      Area a = m.level().equals("province") ? provinceArea(province, era34) : area(m.level().equals("urban") ? "district" : m.level(), unitName, province, era34);
      if (a == null || a.level().equals(doc.level()) && a.name().equals(doc.name())) {
        return null;
      }
      return a;
    }
    return null;
  }

  private String code2025(String code) {
    return gaz.province(code).map(Province::code2025).orElse(code);
  }

  private static boolean sameLevel(String organLevel, String mentionLevel) {
    if (organLevel.equals(mentionLevel)) {
      return true;
    }
    if (organLevel.equals("city") && mentionLevel.equals("province")) {
      return true; // "Thành ủy Cần Thơ": a municipality
    }
    if (organLevel.equals("urban") && mentionLevel.equals("district")) {
      return true;
    }
    return organLevel.equals("commune") && mentionLevel.equals("ward") || organLevel.equals("ward") && mentionLevel.equals("commune");
  }

  private static String top(Map<String, Double> scores) {
    String best = null;
    double bestScore = 0;
    for (Map.Entry<String, Double> e : new java.util.TreeMap<>(scores).entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    return best;
  }

  static Optional<String> host(String url) {
    try {
      String h = URI.create(url.trim().replace(" ", "%20")).getHost();
      return Optional.ofNullable(h).map(x -> x.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Area of a province (by a 63-era code, or a 2025 code in the 34 era). */
  public Area provinceArea(String code, boolean era34) {
    if (era34) {
      Optional<String> name = gaz.name2025(code);
      return name.map(n -> new Area(34, "province", n, code, n, code, n)).orElse(null);
    }
    return gaz.province(code)
        .map(p -> new Area(63, "province", p.name(), p.code(), p.name(), p.code2025(), p.name2025()))
        .orElse(null);
  }

  private Area area(String level, String name, String provinceCode, boolean era34) {
    if (era34) {
      Optional<String> n = gaz.name2025(provinceCode);
      return new Area(34, level, name, provinceCode, n.orElse(null), provinceCode, n.orElse(null));
    }
    Optional<Province> p = gaz.province(provinceCode);
    return new Area(63, level, name, provinceCode, p.map(Province::name).orElse(null),
        p.map(Province::code2025).orElse(null), p.map(Province::name2025).orElse(null));
  }

  /** Scans a span for organ and prefixed-unit mentions; returns the first organ's level. */
  private String scan(TokenCache cache, Span span, double weight, boolean era34, List<Mention> out) {
    String text = cache.text();
    Tokens t = cache.get(span.start(), span.end());
    String firstOrgan = null;
    for (int i = 0; i < t.size(); i++) {
      if (!scanGate.contains(t.word(i))) {
        continue; // one set lookup for most words (the body may be scanned whole), not two
      }
      PhraseSet.Match o = organs.matchAt(t, i);
      boolean organ = o != null;
      PhraseSet.Match m = organ ? o : prefixes.matchAt(t, i);
      if (m == null) {
        continue;
      }
      if (!organ && !Character.isLowerCase(text.charAt(t.start(i))) && i > 0) {
        // "Huyện" capitalised mid-sentence is usually part of a name or heading; still try
      }
      String level = m.value();
      Mention named = name(text, t, m.to(), level, weight, organ, era34);
      if (named != null) {
        out.add(named);
        if (organ && firstOrgan == null) {
          firstOrgan = level.equals("urban") ? "district" : level;
        }
        i = m.to() - 1;
        continue;
      }
      if (organ) {
        if (firstOrgan == null) {
          firstOrgan = level.equals("urban") ? "district" : level;
        }
        out.add(new Mention(level, null, null, null, weight, true));
      }
      i = m.to() - 1;
    }
    return firstOrgan;
  }

  private Mention name(String text, Tokens t, int at, String level, double weight, boolean organ, boolean era34) {
    if (at >= t.size()) {
      return null;
    }
    // names are written capitalised ("Trà Cú") or numbered ("Quận 1")
    char first = text.charAt(t.start(at));
    if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
      return null;
    }
    if (t.start(at) - t.end(at - 1) > 3 || !text.substring(t.end(at - 1), t.start(at)).replace(".", "").isBlank()) {
      return null; // "... 241/241 xã, Thái Bình ...": a comma between the word and the name
    }
    for (int len = Math.min(gaz.maxNameWords(), t.size() - at); len >= 1; len--) {
      // later words may be lower case after an apostrophe ("Cư M'gar") or in aliases
      String key = t.join(at, at + len);
      Mention m = lookup(key, level, weight, organ, era34);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  private Mention lookup(String key, String level, double weight, boolean organ, boolean era34) {
    switch (level) {
      case "province" -> {
        if (era34) {
          return gaz.code2025ByName(key).map(c -> new Mention("province", key, c, c, weight, organ)).orElse(null);
        }
        return gaz.provinceByName(key).map(p -> new Mention("province", p.name(), p.code(), p.code(), weight, organ)).orElse(null);
      }
      case "city" -> {
        if (era34) {
          return gaz.code2025ByName(key).map(c -> new Mention("province", key, c, c, weight, organ)).orElse(null);
        }
        Optional<Province> p = gaz.provinceByName(key);
        if (p.isPresent() && p.get().municipality()) {
          return new Mention("province", p.get().name(), p.get().code(), p.get().code(), weight, organ);
        }
        return unit(gaz.units(key), "city", weight, organ);
      }
      case "town", "district", "urban" -> {
        if (era34) {
          return null;
        }
        String want = level.equals("town") ? "town" : "district";
        return unit(gaz.units(key), want, weight, organ);
      }
      case "commune", "ward", "township" -> {
        List<Unit> list = era34 ? gaz.communes2025(key) : gaz.communes2024(key);
        String want = level.equals("ward") ? "ward" : "commune";
        return unit(list, want, weight, organ);
      }
      default -> {
        return null;
      }
    }
  }

  private static Mention unit(List<Unit> units, String level, double weight, boolean organ) {
    // Units change kind (huyện Phong Điền became a thị xã in 2025): the report's own word sets
    // the level; any sub-province unit of that name is a candidate, the exact kind first.
    boolean subProvince = level.equals("district") || level.equals("town") || level.equals("city");
    List<Unit> exact = new ArrayList<>();
    List<Unit> fit = new ArrayList<>();
    for (Unit u : units) {
      if (u.level().equals(level)) {
        exact.add(u);
      } else if (subProvince && (u.level().equals("district") || u.level().equals("town") || u.level().equals("city"))) {
        fit.add(u);
      }
    }
    List<Unit> all = new ArrayList<>(exact);
    all.addAll(fit);
    if (all.isEmpty()) {
      return null;
    }
    if (all.size() == 1) {
      Unit u = all.get(0);
      return new Mention(level, u.name(), u.provinceCode(), u.code(), weight, organ);
    }
    // An ambiguous name ("Châu Thành") is resolved by the province evidence.
    return new Mention(level, all.get(0).name(), null, "?" + all.get(0).name(), weight, organ, List.copyOf(all));
  }

}

