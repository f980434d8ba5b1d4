package io.github.jiceng.governance.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.testkit.SamplePart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataWriterTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return SampleDataWriter.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void wrongArgumentsAreOneLineAndStatus2() {
    assertThat(run("--seed", "x", "--out", "ignored")).isEqualTo(2);
    assertThat(err()).isEqualTo("sample-data: --seed needs a whole number, but got \"x\"" + System.lineSeparator());
    err.reset();
    assertThat(run("--scale", "0", "--out", "ignored")).isEqualTo(2);
    assertThat(err()).contains("--scale must be 1 to 2147483647, but was 0");
    err.reset();
    assertThat(run("--scale", "1")).isEqualTo(2);
    assertThat(err()).contains("missing --out DIR");
    err.reset();
    assertThat(run("--out", "x", "--colour")).isEqualTo(2);
    assertThat(err()).contains("unknown argument --colour");
    assertThat(out.size()).isZero();
  }

  @Test
  void anUnwritableDirectoryIsStatus1(@TempDir Path temp) throws IOException {
    Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
    assertThat(run("--out", file.toString())).isEqualTo(1);
    assertThat(err()).startsWith("sample-data: cannot write the sample district to " + file);
  }

  @Test
  void gzipFilesHoldTheSameRecordsAsThePlainOnes(@TempDir Path temp) throws IOException {
    Path dir = temp.resolve("gz");
    assertThat(run("--seed", "2026", "--scale", "1", "--out", dir.toString(), "--gzip")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("wrote ").contains(" records (", dir.toString());
    for (SamplePart part : SamplePart.values()) {
      byte[] plain = Files.readAllBytes(SampleDataWriter.partFile(SampleDataFilesTest.COMMITTED, part, false));
      try (InputStream in = new GZIPInputStream(Files.newInputStream(SampleDataWriter.partFile(dir, part, true)))) {
        assertThat(in.readAllBytes()).as(part.toString()).isEqualTo(plain);
      }
    }
    assertThat(Files.mismatch(SampleDataWriter.manifestPath(dir), SampleDataFilesTest.MANIFEST)).isEqualTo(-1L);
  }
}
