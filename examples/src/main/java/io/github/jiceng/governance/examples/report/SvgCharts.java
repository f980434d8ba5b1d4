package io.github.jiceng.governance.examples.report;

import static io.github.jiceng.governance.examples.report.HtmlText.escape;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's three charts as inline SVG (内联 SVG 图表), drawn from {@link DistrictFacts} with no chart library:
 * three-tier coverage by township (one {@code g.coverage-bar} per township), the linkage project funnel (one
 * {@code rect.funnel-step} per step) and covenant status (one {@code rect.covenant-bar} per state). Deterministic.
 */
final class SvgCharts {
  private static final int WIDTH = 540;
  private static final int COVERAGE_WIDTH = 1100;
  private static final String FILLED = "#0f766e";
  private static final String EMPTY = "#dbe4e3";
  private static final String STATION = "#1d4ed8";
  private static final String[] FUNNEL_COLOURS = {"#1e3a8a", "#1d4ed8", "#2563eb", "#3b82f6", "#60a5fa"};

  private SvgCharts() {
  }

  /** Draws the coverage bars, one row per township, in two columns when there are more than twelve. */
  static String coverage(List<TownshipCoverage> townships, Locale locale) {
    int row = 22;
    int columns = townships.size() > 12 ? 2 : 1;
    int columnWidth = COVERAGE_WIDTH / columns;
    int labelWidth = 120;
    int barWidth = columnWidth - labelWidth - 26 - 64;
    int top = 6;
    int rows = Math.max(1, (townships.size() + columns - 1) / columns);
    int max = Math.max(1, townships.stream().mapToInt(TownshipCoverage::villages).max().orElse(1));
    StringBuilder svg = open("chart-coverage", COVERAGE_WIDTH, top * 2 + row * rows,
        Label.COVERAGE.displayName(locale));
    for (int i = 0; i < townships.size(); i++) {
      TownshipCoverage township = townships.get(i);
      int x = (i / rows) * columnWidth;
      int y = top + (i % rows) * row;
      int barX = x + labelWidth + 26;
      String name = township.name().orElse(township.code().value());
      String description = name + " " + township.code().value() + ": " + township.villagesWithRoom() + " "
          + Label.VILLAGES_WITH_ROOM.displayName(locale) + " " + township.villages() + "; "
          + (township.hasStation() ? Label.STATION_YES : Label.STATION_NO).displayName(locale);
      int total = scale(township.villages(), max, barWidth);
      int filled = scale(township.villagesWithRoom(), max, barWidth);
      int middle = y + row / 2;
      svg.append("<g class=\"coverage-bar\" data-code=\"").append(township.code().value())
          .append("\" data-villages=\"").append(township.villages())
          .append("\" data-with-room=\"").append(township.villagesWithRoom())
          .append("\" data-station=\"").append(township.hasStation() ? "yes" : "no").append("\">")
          .append("<title>").append(escape(description)).append("</title>")
          .append("<text x=\"").append(x + labelWidth).append("\" y=\"").append(middle + 4)
          .append("\" text-anchor=\"end\" class=\"label\">").append(escape(name)).append("</text>")
          .append("<circle class=\"station station-").append(township.hasStation() ? "yes" : "no")
          .append("\" cx=\"").append(x + labelWidth + 13).append("\" cy=\"").append(middle)
          .append("\" r=\"5\" fill=\"").append(township.hasStation() ? STATION : "#ffffff").append("\" stroke=\"")
          .append(STATION).append("\" stroke-width=\"1.5\"/>")
          .append("<rect class=\"villages\" x=\"").append(barX).append("\" y=\"").append(y + 4)
          .append("\" width=\"").append(total).append("\" height=\"").append(row - 8).append("\" rx=\"2\" fill=\"")
          .append(EMPTY).append("\"/>")
          .append("<rect class=\"with-room\" x=\"").append(barX).append("\" y=\"").append(y + 4)
          .append("\" width=\"").append(filled).append("\" height=\"").append(row - 8).append("\" rx=\"2\" fill=\"")
          .append(FILLED).append("\"/>")
          .append("<text x=\"").append(barX + total + 6).append("\" y=\"").append(middle + 4)
          .append("\" class=\"value\">").append(township.villagesWithRoom()).append('/').append(township.villages())
          .append("</text></g>");
    }
    if (townships.isEmpty()) {
      svg.append("<text x=\"8\" y=\"").append(top + 15).append("\" class=\"label\">")
          .append(escape(Label.NO_TOWNSHIPS.displayName(locale))).append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  /** Draws the funnel, one centred bar per step, its width the projects reaching the step. */
  static String funnel(DistrictFacts facts, Locale locale) {
    int row = 40;
    int labelWidth = 100;
    int area = WIDTH - labelWidth - 10 - 96;
    long first = facts.projectsReaching(FunnelStage.NEED);
    long max = Math.max(1, first);
    StringBuilder svg = open("chart-funnel", WIDTH, row * FunnelStage.values().length + 8,
        Label.FUNNEL.displayName(locale));
    int y = 4;
    for (FunnelStage stage : FunnelStage.values()) {
      long count = facts.projectsReaching(stage);
      int width = scale(count, max, area);
      int x = labelWidth + 10 + (area - width) / 2;
      String share = first == 0 ? "" : " (" + Math.round(100.0 * count / first) + "%)";
      svg.append("<g><title>").append(escape(stage.displayName(locale) + ": " + count + share)).append("</title>")
          .append("<text x=\"").append(labelWidth).append("\" y=\"").append(y + row / 2 + 4)
          .append("\" text-anchor=\"end\" class=\"label\">").append(escape(stage.displayName(locale)))
          .append("</text>")
          .append("<rect class=\"funnel-step\" data-stage=\"").append(stage.name()).append("\" data-count=\"")
          .append(count).append("\" x=\"").append(x).append("\" y=\"").append(y + 3).append("\" width=\"")
          .append(width).append("\" height=\"").append(row - 6).append("\" rx=\"3\" fill=\"")
          .append(FUNNEL_COLOURS[stage.ordinal()]).append("\"/>")
          .append("<text x=\"").append(labelWidth + 10 + area + 12).append("\" y=\"").append(y + row / 2 + 4)
          .append("\" class=\"value\">").append(count).append(escape(share)).append("</text></g>");
      y += row;
    }
    return svg.append("</svg>").toString();
  }

  /** Draws one vertical bar per covenant state. */
  static String covenants(DistrictFacts facts, Locale locale) {
    Map<CovenantState, Long> counts = facts.covenantsByState();
    int column = WIDTH / CovenantState.values().length;
    int barWidth = 48;
    int chart = 150;
    int top = 22;
    long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
    StringBuilder svg = open("chart-covenants", WIDTH, top + chart + 44, Label.COVENANTS.displayName(locale));
    svg.append("<line x1=\"0\" x2=\"").append(WIDTH).append("\" y1=\"").append(top + chart).append("\" y2=\"")
        .append(top + chart).append("\" stroke=\"#94a3b8\"/>");
    int x = 0;
    for (CovenantState state : CovenantState.values()) {
      long count = counts.get(state);
      int height = scale(count, max, chart);
      int centre = x + column / 2;
      svg.append("<g><title>").append(escape(state.displayName(locale) + ": " + count)).append("</title>")
          .append("<rect class=\"covenant-bar\" data-state=\"").append(state.name()).append("\" data-count=\"")
          .append(count).append("\" x=\"").append(centre - barWidth / 2).append("\" y=\"")
          .append(top + chart - height).append("\" width=\"").append(barWidth).append("\" height=\"").append(height)
          .append("\" rx=\"2\" fill=\"").append(colour(state)).append("\"/>")
          .append("<text x=\"").append(centre).append("\" y=\"").append(top + chart - height - 6)
          .append("\" text-anchor=\"middle\" class=\"value\">").append(count).append("</text>")
          .append("<text x=\"").append(centre).append("\" y=\"").append(top + chart + 18)
          .append("\" text-anchor=\"middle\" class=\"label\">").append(wrap(state.displayName(locale), centre))
          .append("</text></g>");
      x += column;
    }
    return svg.append("</svg>").toString();
  }

  /** Returns a label as escaped text, or as two lines if it is longer than 12 characters and has a space. */
  private static String wrap(String label, int x) {
    int middle = label.length() / 2;
    int split = -1;
    for (int i = 0; i < label.length(); i++) {
      if (label.charAt(i) == ' ' && (split < 0 || Math.abs(i - middle) < Math.abs(split - middle))) {
        split = i;
      }
    }
    if (label.length() <= 12 || split < 0) {
      return escape(label);
    }
    return "<tspan x=\"" + x + "\">" + escape(label.substring(0, split)) + "</tspan><tspan x=\"" + x
        + "\" dy=\"14\">" + escape(label.substring(split + 1)) + "</tspan>";
  }

  private static String colour(CovenantState state) {
    switch (state) {
      case DRAFTED:
        return "#94a3b8";
      case REVIEWED:
        return "#60a5fa";
      case ADOPTED:
        return "#34d399";
      case FILED:
        return "#10b981";
      case PUBLISHED:
        return "#047857";
      default:
        return "#dc2626";
    }
  }

  private static StringBuilder open(String id, int width, int height, String title) {
    return new StringBuilder(4096).append("<svg id=\"").append(id).append("\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\"><title>").append(escape(title))
        .append("</title>");
  }

  /** Scales a count to pixels, at least 2 for a count above 0 so that it stays visible. */
  private static int scale(long count, long max, int pixels) {
    if (count <= 0) {
      return 0;
    }
    return (int) Math.max(2, Math.round((double) count * pixels / max));
  }
}
