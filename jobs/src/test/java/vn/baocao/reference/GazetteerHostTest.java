package vn.baocao.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Gazetteer#byHost} looks suffixes up; it must give what a scan of every pattern gives. */
class GazetteerHostTest {
  private static Gazetteer gaz;

  @BeforeAll
  static void load() {
    gaz = Gazetteer.load();
  }

  /** The rule as written: the longest pattern equal to the host or ending it after a dot. */
  private static Optional<Gazetteer.SourceHint> scan(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    for (Gazetteer.SourceHint d : gaz.domains()) {
      if (h.equals(d.pattern()) || h.endsWith("." + d.pattern())) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  @Test
  void everyPatternAndItsNeighboursResolveAsAScanWould() {
    List<String> hosts = new ArrayList<>();
    for (Gazetteer.SourceHint d : gaz.domains()) {
      String p = d.pattern();
      hosts.add(p);
      hosts.add("www." + p);
      hosts.add("xa-a.huyen-b." + p);
      hosts.add(p.toUpperCase(Locale.ROOT));
      hosts.add("x" + p); // glued without a dot: not the same site
      hosts.add(p + ".example.com");
      hosts.add(p.substring(p.indexOf('.') + 1));
    }
    hosts.addAll(List.of("", ".", "gov.vn", "vn", "localhost", "a..b", "example.com."));
    assertThat(gaz.domains()).as("domain hints loaded").hasSizeGreaterThan(60);
    for (String h : hosts) {
      assertThat(gaz.byHost(h)).as("byHost(%s)", h).isEqualTo(scan(h));
    }
  }

  @ParameterizedTest
  @CsvSource({
      "www.travinh.gov.vn, 84",
      "travinh.gov.vn, 84",
      "sokhdt.travinh.gov.vn, 84",
      "nottravinh.gov.vn, ''",
      "travinh.gov.vn.example.com, ''"})
  void provincePortals(String host, String code) {
    assertThat(gaz.byHost(host).map(Gazetteer.SourceHint::provinceCode).orElse(""))
        .as("province of %s", host).isEqualTo(code);
  }
}
