package vn.baocao.text;

import java.util.Locale;

/**
 * Prints how long {@link Text#normalise} takes on HTML with N unclosed {@code <script>} tags
 * (the 60,000 took 96 s before the scanner). Run:
 * {@code java -cp jobs/target/classes:jobs/target/test-classes vn.baocao.text.HtmlBench}.
 */
public final class HtmlBench {
  private HtmlBench() {}

  public static void main(String[] args) {
    int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
        : new int[] {7_500, 15_000, 30_000, 60_000, 120_000, 240_000};
    for (String unit : new String[] {"<script>x", "<!-- z ", "<p class=a "}) {
      for (int n : sizes) {
        String html = "<p>Thu ngân sách đạt 100 tỷ</p>\n" + unit.repeat(n);
        Text.normalise(html); // warm
        long t0 = System.nanoTime();
        String out = Text.normalise(html);
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.println(String.format(Locale.ROOT, "%-12s n=%7d  %8d chars  %9.1f ms  (%d chars out)",
            unit.trim(), n, html.length(), ms, out.length()));
      }
    }
  }
}
