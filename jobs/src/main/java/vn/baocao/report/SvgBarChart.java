package vn.baocao.report;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG, drawn at build time: no script, no network, the same
 * bytes for the same numbers. One bar per province of one comparison group, best first, a
 * dashed median line, and optional reference lines (the Ministry of Finance's 15 % and 20 %).
 */
public final class SvgBarChart {
  private SvgBarChart() {}

  /** One bar: label, value, shown text and fill colour. */
  public record Bar(String label, double value, String text, String colour) {}

  /** A vertical reference line at {@code value}. */
  public record Line(double value, String label, String colour, boolean dashed) {}

  static final int LABEL_W = 190;
  static final int PLOT_W = 560;
  static final int ROW_H = 22;
  static final int TOP = 28;

  /** The chart; {@code axisMax} at least the largest bar (0 picks it from the data). */
  public static String render(String title, List<Bar> bars, List<Line> lines, double axisMax) {
    double max = axisMax;
    for (Bar b : bars) {
      max = Math.max(max, b.value());
    }
    for (Line l : lines) {
      max = Math.max(max, l.value());
    }
    if (max <= 0) {
      max = 1;
    }
    int h = TOP + bars.size() * ROW_H + 26 + (lines.isEmpty() ? 0 : 22);
    int w = LABEL_W + PLOT_W + 90;
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(w).append("\" height=\"").append(h)
        .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">");
    s.append("<title>").append(Html.esc(title)).append("</title>");
    int plotBottom = TOP + bars.size() * ROW_H;
    s.append("<line x1=\"").append(LABEL_W).append("\" y1=\"").append(TOP - 4).append("\" x2=\"").append(LABEL_W)
        .append("\" y2=\"").append(plotBottom).append("\" stroke=\"#444\"/>");
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = TOP + i * ROW_H;
      double bw = Math.max(0, b.value()) / max * PLOT_W;
      s.append("<text x=\"").append(LABEL_W - 6).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\">")
          .append(Html.esc(b.label())).append("</text>");
      s.append("<rect x=\"").append(LABEL_W).append("\" y=\"").append(y + 3).append("\" width=\"").append(f(bw))
          .append("\" height=\"").append(ROW_H - 6).append("\" fill=\"").append(b.colour()).append("\"/>");
      s.append("<text x=\"").append(f(LABEL_W + bw + 4)).append("\" y=\"").append(y + 15).append("\">")
          .append(Html.esc(b.text())).append("</text>");
    }
    // axis ticks at 0, ¼, ½, ¾ and the maximum, so bar lengths can be read without the labels
    for (int k = 0; k <= 4; k++) {
      double x = LABEL_W + PLOT_W * k / 4.0;
      s.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(plotBottom).append("\" x2=\"").append(f(x))
          .append("\" y2=\"").append(plotBottom + 4).append("\" stroke=\"#444\"/>");
      s.append("<text x=\"").append(f(x)).append("\" y=\"").append(plotBottom + 16).append("\" text-anchor=\"middle\" fill=\"#555\" font-size=\"10\">")
          .append(Html.esc(Cells.vn(max * k / 4.0, max >= 100 ? 0 : 1))).append("</text>");
    }
    // reference lines across the plot; their names in a legend below, so close lines never overlap
    double lx = LABEL_W;
    int ly = plotBottom + 36;
    for (Line l : lines) {
      double x = LABEL_W + l.value() / max * PLOT_W;
      String dash = l.dashed() ? " stroke-dasharray=\"6 4\"" : "";
      s.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(f(x)).append("\" y2=\"")
          .append(plotBottom).append("\" stroke=\"").append(l.colour()).append("\" stroke-width=\"2\"").append(dash).append("/>");
      s.append("<line x1=\"").append(f(lx)).append("\" y1=\"").append(ly - 4).append("\" x2=\"").append(f(lx + 24)).append("\" y2=\"")
          .append(ly - 4).append("\" stroke=\"").append(l.colour()).append("\" stroke-width=\"2\"").append(dash).append("/>");
      s.append("<text x=\"").append(f(lx + 30)).append("\" y=\"").append(ly).append("\" fill=\"").append(l.colour()).append("\">")
          .append(Html.esc(l.label())).append("</text>");
      lx += 46 + 7.5 * l.label().length();
    }
    return s.append("</svg>").toString();
  }

  private static String f(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }
}
