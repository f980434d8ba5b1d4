package io.github.jiceng.governance.json.stream;

import static io.github.jiceng.governance.json.stream.Streams.STREAMING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.json.report.TextSummary;
import io.github.jiceng.governance.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A summary made from counts elsewhere (a cluster job) with {@link StreamSummary#builder} and
 * {@link SourceSummary#builder} is the summary of the streaming validator when the counts are its counts.
 */
class SummaryBuilderTest {
  @Test
  void aSummaryBuiltFromTheStreamedCountsRendersAsTheStreamedSummary(@TempDir Path directory) throws IOException {
    List<String> lines = Datasets.lines(5);
    int half = lines.size() / 2;
    Path first = Files.writeString(directory.resolve("first.ndjson"), Datasets.text(lines.subList(0, half)));
    Path second = Files.writeString(directory.resolve("second.ndjson"),
        Datasets.text(lines.subList(half, lines.size())));
    StreamReport streamed = STREAMING.validate(List.of(first, second));
    StreamSummary expected = streamed.summary();
    assertThat(expected.sources()).hasSize(2);

    StreamSummary.Builder builder = StreamSummary.builder(expected.format(), expected.compression())
        .records(expected.valid(), expected.withErrors(), expected.unreadable())
        .suppressed(expected.suppressed())
        .input(expected.inputBytes(), expected.inputSha256())
        .state(expected.distinctIds(), expected.pendingReferences(), expected.datasetKeys());
    expected.findingsByCode().forEach((code, count) -> builder.findings(severityOf(streamed, code), code, count));
    for (SourceSummary source : expected.sources()) {
      SourceSummary.Builder file = SourceSummary.builder(source.name(), source.format(), source.compression())
          .records(source.valid(), source.withErrors(), source.unreadable())
          .input(source.inputBytes(), source.inputSha256());
      source.findingsBySeverity().forEach(file::findings);
      builder.source(file.build());
    }
    StreamSummary built = builder.build();
    StreamReport rebuilt = StreamReport.of(built, streamed.findings(), streamed.droppedFindings(), streamed.packId(),
        streamed.packVersion());
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      assertThat(TextSummary.render(rebuilt, locale)).isEqualTo(TextSummary.render(streamed, locale));
    }
    assertThat(built.sources()).extracting(SourceSummary::toString)
        .containsExactlyElementsOf(expected.sources().stream().map(SourceSummary::toString).toList());
    assertThat(built.findingsBySeverity()).isEqualTo(expected.findingsBySeverity());
  }

  private static Severity severityOf(StreamReport report, String code) {
    return report.findings().stream().filter(f -> f.finding().code().value().equals(code)).findFirst()
        .orElseThrow().finding().severity();
  }

  @Test
  void aSourceSummaryNeedsANameAndCountsThatAreNotNegative() {
    assertThatThrownBy(() -> SourceSummary.builder(" ", InputFormat.NDJSON, Compression.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a source name must not be blank, but was \" \"");
    SourceSummary.Builder builder = SourceSummary.builder("a.ndjson", InputFormat.NDJSON, Compression.NONE);
    assertThatThrownBy(() -> builder.records(1, -1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("record counts must be >= 0, but were 1, -1, 0");
    assertThatThrownBy(() -> builder.findings(Severity.ERROR, -2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a finding count must be >= 0, but was -2");
    assertThatThrownBy(() -> builder.input(-1, "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an input length must be >= 0, but was -1");
    SourceSummary summary = builder.records(2, 1, 1).findings(Severity.ERROR, 3).findings(Severity.ERROR, 1).build();
    assertThat(summary.records()).isEqualTo(4);
    assertThat(summary.findings()).isEqualTo(4);
    assertThat(summary.inputSha256()).isEmpty();
  }
}
