package vn.baocao.reference;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.baocao.text.Text;

/**
 * Provinces, sub-province units, communes and source hints (web hosts, newspapers, bylines),
 * loaded once from data/reference and looked up by {@link Text#key} of a name.
 */
public final class Gazetteer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A web host, newspaper name or byline that names the publishing province or unit. */
  public record SourceHint(String pattern, String kind, String provinceCode, String unitCode)
      implements Serializable {}

  private final Map<String, Province> provincesByCode = new LinkedHashMap<>();
  private final Map<String, Province> provincesByKey = new HashMap<>();
  private final Map<String, String> names2025 = new LinkedHashMap<>();
  private final Map<String, String> codes2025ByKey = new HashMap<>();
  private final Map<String, List<Unit>> unitsByKey = new HashMap<>();
  private final Map<String, Unit> unitsByCode = new HashMap<>();
  private final Map<String, List<Unit>> communes2024ByKey = new HashMap<>();
  private final Map<String, List<Unit>> unitsByAscii = new HashMap<>();
  private final Map<String, List<Unit>> communes2025ByKey = new HashMap<>();
  private final Map<String, List<Unit>> communes2024ByAscii = new HashMap<>();
  private final Map<String, List<Unit>> communes2025ByAscii = new HashMap<>();
  private final List<SourceHint> domains = new ArrayList<>();
  /** {@link #domains} by pattern, the most specific hint of a pattern kept: a host's suffixes are looked up, not every pattern scanned. */
  private final Map<String, SourceHint> domainsByPattern = new HashMap<>();
  private final Map<String, String> signatures = new HashMap<>();
  private final Map<String, String> newspapers = new HashMap<>();
  private int maxNameWords = 1;

  /** Loads the gazetteer bundled on the classpath. */
  public static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    for (Map<String, String> r : CsvTables.read("provinces.csv")) {
      List<String> aliases = Catalogue.split(r.getOrDefault("aliases", ""));
      Province p =
          new Province(
              r.get("code"),
              r.get("name"),
              "municipality".equals(r.get("kind")),
              r.get("region"),
              r.get("code_2025"),
              r.get("name_2025"),
              r.getOrDefault("slug", ""),
              aliases);
      g.provincesByCode.put(p.code(), p);
      g.names2025.putIfAbsent(p.code2025(), p.name2025());
      g.indexProvince(p.name(), p);
      for (String a : aliases) {
        g.indexProvince(a, p);
      }
      if (p.name().startsWith("Thành phố ")) {
        g.indexProvince(p.name().substring("Thành phố ".length()), p);
      }
    }
    if (g.provincesByCode.isEmpty()) {
      throw new IllegalStateException("Cannot load the gazetteer: provinces.csv is not on the classpath");
    }
    Map<String, List<String>> aliases2025 = new HashMap<>();
    for (Map<String, String> r : CsvTables.read("provinces_2025.csv")) {
      g.names2025.putIfAbsent(r.get("code"), r.get("name"));
      aliases2025.put(r.get("code"), Catalogue.split(r.getOrDefault("aliases", "")));
    }
    // "TP.HCM thu 512,3 nghìn tỷ" in a 2025 roundup: the aliases name the province as well
    aliases2025.forEach((code, list) -> list.forEach(a -> g.codes2025ByKey.putIfAbsent(Text.key(a), code)));
    g.names2025.forEach((code, name) -> {
      g.codes2025ByKey.put(Text.key(name), code);
      if (name.startsWith("Thành phố ")) {
        g.codes2025ByKey.put(Text.key(name.substring("Thành phố ".length())), code);
      }
    });
    for (Map<String, String> r : CsvTables.read("units.csv")) {
      Unit u = new Unit(r.get("code"), r.get("name"), unitLevel(r.get("kind")), r.get("province_code"),
          Catalogue.split(r.getOrDefault("aliases", "")), 63);
      g.unitsByCode.put(u.code(), u);
      g.index(g.unitsByKey, u.name(), u);
      g.unitsByAscii.computeIfAbsent(squash(u.name()), k -> new ArrayList<>()).add(u);
      for (String a : u.aliases()) {
        g.index(g.unitsByKey, a, u);
      }
    }
    for (Map<String, String> r : CsvTables.read("communes_2024.csv")) {
      Unit u = new Unit(r.get("code"), r.get("name"), unitLevel(r.get("kind")), r.get("province_code"), List.of(), 63);
      g.index(g.communes2024ByKey, u.name(), u);
      g.communes2024ByAscii.computeIfAbsent(squash(u.name()), k -> new ArrayList<>()).add(u);
    }
    for (Map<String, String> r : CsvTables.read("communes_2025.csv")) {
      Unit u = new Unit(r.get("code"), r.get("name"), unitLevel(r.get("kind")), r.get("province_code_2025"), List.of(), 34);
      g.index(g.communes2025ByKey, u.name(), u);
      g.communes2025ByAscii.computeIfAbsent(squash(u.name()), k -> new ArrayList<>()).add(u);
    }
    for (Map<String, String> r : CsvTables.read("source_domains.csv")) {
      SourceHint h = new SourceHint(r.get("pattern"), r.get("kind"), r.get("province_code"), r.getOrDefault("unit_code", ""));
      switch (h.kind()) {
        case "domain" -> g.domains.add(new SourceHint(h.pattern().toLowerCase(Locale.ROOT), h.kind(), h.provinceCode(), h.unitCode()));
        case "signature" -> g.signatures.put(h.pattern(), h.provinceCode());
        case "newspaper" -> g.newspapers.put(Text.key(h.pattern()), h.provinceCode());
        default -> { }
      }
    }
    for (Province p : g.provincesByCode.values()) {
      if (!p.slug().isEmpty()) {
        g.domains.add(new SourceHint(p.slug() + ".gov.vn", "domain", p.code(), ""));
      }
    }
    // Most specific host first: "tracu.travinh.gov.vn" before "travinh.gov.vn".
    g.domains.sort((a, b) -> Integer.compare(b.pattern().length(), a.pattern().length()));
    for (SourceHint d : g.domains) {
      g.domainsByPattern.putIfAbsent(d.pattern(), d);
    }
    return g;
  }

  /** "Cầu Kè" → "cauke": how names appear in host names and URL slugs. */
  public static String squash(String name) {
    String a = Text.ascii(name);
    StringBuilder b = new StringBuilder(a.length());
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Communes and wards whose squashed ascii name is {@code squashed} ("eakly"), on the 2024 or 2025 map. */
  public List<Unit> communesBySlug(String squashed, boolean era34) {
    return (era34 ? communes2025ByAscii : communes2024ByAscii).getOrDefault(squashed, List.of());
  }

  /** Pre-2025 units whose squashed ascii name is {@code squashed} ("cauke"). */
  public List<Unit> unitsBySlug(String squashed) {
    return unitsByAscii.getOrDefault(squashed, List.of());
  }

  static String unitLevel(String kind) {
    return switch (kind == null ? "" : kind) {
      case "thanh_pho" -> "city";
      case "thi_xa" -> "town";
      case "phuong" -> "ward";
      case "xa", "thi_tran", "dac_khu" -> "commune";
      default -> "district";
    };
  }

  private void indexProvince(String name, Province p) {
    String k = Text.key(name);
    if (!k.isEmpty()) {
      provincesByKey.putIfAbsent(k, p);
      maxNameWords = Math.max(maxNameWords, k.split(" ").length);
    }
  }

  private void index(Map<String, List<Unit>> map, String name, Unit u) {
    String k = Text.key(name);
    if (k.isEmpty()) {
      return;
    }
    List<Unit> list = map.computeIfAbsent(k, x -> new ArrayList<>());
    if (!list.contains(u)) {
      list.add(u);
    }
    maxNameWords = Math.max(maxNameWords, k.split(" ").length);
  }

  public int maxNameWords() {
    return maxNameWords;
  }

  public Optional<Province> province(String code) {
    return Optional.ofNullable(provincesByCode.get(code));
  }

  public Optional<Province> provinceByName(String key) {
    return Optional.ofNullable(provincesByKey.get(key));
  }

  public List<Province> provinces() {
    return List.copyOf(provincesByCode.values());
  }

  /** Name of a post-2025 province by its code. */
  public Optional<String> name2025(String code) {
    return Optional.ofNullable(names2025.get(code));
  }

  /**
   * The first word of every keyed province name of either map ({@link #provinceByName},
   * {@link #code2025ByName}): words that start no name need no name lookups.
   */
  public java.util.Set<String> provinceNameFirstWords() {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (String key : provincesByKey.keySet()) {
      words.add(key.split(" ")[0]);
    }
    for (String key : codes2025ByKey.keySet()) {
      words.add(key.split(" ")[0]);
    }
    return words;
  }

  /** Code of a post-2025 province by a keyed name. */
  public Optional<String> code2025ByName(String key) {
    return Optional.ofNullable(codes2025ByKey.get(key));
  }

  public Map<String, String> names2025() {
    return Collections.unmodifiableMap(names2025);
  }

  /** Pre-2025 districts, towns and provincial cities bearing this keyed name. */
  public List<Unit> units(String key) {
    return unitsByKey.getOrDefault(key, List.of());
  }

  public Optional<Unit> unit(String code) {
    return Optional.ofNullable(unitsByCode.get(code));
  }

  public List<Unit> communes2024(String key) {
    return communes2024ByKey.getOrDefault(key, List.of());
  }

  public List<Unit> communes2025(String key) {
    return communes2025ByKey.getOrDefault(key, List.of());
  }

  /** The domain hints, most specific (longest pattern) first. */
  List<SourceHint> domains() {
    return Collections.unmodifiableList(domains);
  }

  /** The most specific source hint for a web host ("www.travinh.gov.vn"). */
  public Optional<SourceHint> byHost(String host) {
    // the host, then what follows each of its dots: longest first, as the patterns are ranked
    String h = host.toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      SourceHint d = domainsByPattern.get(from == 0 ? h : h.substring(from));
      if (d != null) {
        return Optional.of(d);
      }
      int dot = h.indexOf('.', from);
      if (dot < 0) {
        return Optional.empty();
      }
      from = dot + 1;
    }
  }

  /** Province code of a byline signature ("BDK"), case-sensitive. */
  public Optional<String> bySignature(String token) {
    return Optional.ofNullable(signatures.get(token));
  }

  /** Province code of a newspaper by its keyed name ("báo đồng khởi"). */
  public Optional<String> byNewspaper(String key) {
    return Optional.ofNullable(newspapers.get(key));
  }

  public Map<String, String> newspapers() {
    return Collections.unmodifiableMap(newspapers);
  }
}
