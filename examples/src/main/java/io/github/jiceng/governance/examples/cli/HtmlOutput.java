package io.github.jiceng.governance.examples.cli;

import io.github.jiceng.governance.examples.report.DistrictFactsListener;
import io.github.jiceng.governance.examples.report.HtmlReport;
import io.github.jiceng.governance.json.stream.RecordOutcome;
import io.github.jiceng.governance.json.stream.StreamFinding;
import io.github.jiceng.governance.json.stream.StreamListener;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.rules.RulePack;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code --format html}: collects the district's facts while the records stream past and writes the
 * self-contained {@link HtmlReport} when the run ends.
 */
final class HtmlOutput implements StreamListener {
  private final OutputStream out;
  private final Locale locale;
  private final List<String> inputs;
  private final DistrictFactsListener facts;

  /**
   * Makes the writer.
   *
   * @param out where the page goes; flushed, not closed
   * @param locale the language of the page
   * @param pack the rule pack of the run (its filing deadline decides which covenants are overdue)
   * @param asOf the date the charts describe
   * @param files the input files, named on the page
   */
  HtmlOutput(OutputStream out, Locale locale, RulePack pack, LocalDate asOf, List<Path> files) {
    this.out = Objects.requireNonNull(out, "out");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.inputs = files.stream().map(f -> f.getFileName().toString()).toList();
    this.facts = DistrictFactsListener.forPack(pack, asOf);
  }

  @Override
  public void record(RecordOutcome outcome) {
    facts.record(outcome);
  }

  @Override
  public void finding(StreamFinding finding) {
    facts.finding(finding);
  }

  @Override
  public void end(StreamReport report) {
    facts.end(report);
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      HtmlReport.builder(report, facts.facts()).locale(locale).inputs(inputs).write(writer);
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the HTML report", e);
    }
  }
}
