package io.github.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.stream.RecordStreamValidator;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar, with a clock that the test moves (no real time is measured). */
class ProgressBarTest {
  private static final long SECOND = 1_000_000_000L;

  private static Path villages(Path folder, String name, int count) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      text.append(String.format(Locale.ROOT, "{\"type\":\"village\",\"code\":\"500154001%03d\",\"name\":\"社区%d\","
          + "\"kind\":\"COMMUNITY\",\"townshipCode\":\"500154001000\"}%n", i % 1000, i));
    }
    return Files.writeString(folder.resolve(name), text.toString());
  }

  private static String run(List<Path> files, long nanosPerReading) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long[] now = {0};
    ProgressBar bar = new ProgressBar(new PrintStream(err, true, StandardCharsets.UTF_8), files,
        () -> now[0] += nanosPerReading);
    RecordStreamValidator.builder(Validator.builder(StandardPacks.national()).build()).duplicateIds(false).build()
        .validate(files, bar);
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aLongRunDrawsTheBarAndErasesItAtTheEnd(@TempDir Path folder) throws IOException {
    List<Path> files = List.of(villages(folder, "a.ndjson", 2048), villages(folder, "b.ndjson", 2048));
    String drawn = run(files, SECOND);
    assertThat(drawn).startsWith("\r[>                             ] 1/2 a.ndjson, 1024 records")
        .contains("\r[===============>              ] 2/2 b.ndjson, 3072 records")
        .endsWith("\r" + " ".repeat(90) + "\r");
  }

  @Test
  void aShortRunDrawsNothing(@TempDir Path folder) throws IOException {
    assertThat(run(List.of(villages(folder, "a.ndjson", 2048)), 1_000L)).isEmpty();
  }
}
