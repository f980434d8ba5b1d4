package io.github.jiceng.governance.json.stream;

import static io.github.jiceng.governance.json.stream.Streams.DISTRICT;
import static io.github.jiceng.governance.json.stream.Streams.JINZHOU;
import static io.github.jiceng.governance.json.stream.Streams.SECOND;
import static io.github.jiceng.governance.json.stream.Streams.STREAMING;
import static io.github.jiceng.governance.json.stream.Streams.TOWNSHIP;
import static io.github.jiceng.governance.json.stream.Streams.at;
import static io.github.jiceng.governance.json.stream.Streams.gzip;
import static io.github.jiceng.governance.json.stream.Streams.run;
import static io.github.jiceng.governance.json.stream.Streams.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** JSON arrays (with resynchronisation after damage) and gzip input. */
class ArrayAndGzipStreamTest {
  private static final String ARRAY = "[\n  " + TOWNSHIP + ",\n  " + JINZHOU + ",\n  " + SECOND + "\n]\n";

  @Test
  void prettyArrayIsReadElementByElementWithPositionsInTheFile() {
    String text = ARRAY.replace("\"name\":\"金州社区\"", "\"name\":5");
    StreamReport report = run(STREAMING, text);
    assertThat(report.summary().format()).isEqualTo(InputFormat.JSON_ARRAY);
    assertThat(report.summary().records()).isEqualTo(3);
    assertThat(withCode(report, "json.wrong-type")).singleElement()
        .satisfies(f -> assertThat(f.location()).isEqualTo(at("/name", text, "5,")));
    assertThat(report.findings().get(0).record()).isEqualTo(2);
  }

  @Test
  void oneLineArrayHasColumnsInsideTheLine() {
    String text = "[" + TOWNSHIP + "," + JINZHOU.replace("\"kind\":\"COMMUNITY\"", "\"kind\":\"TOWN\"") + "]";
    StreamReport report = run(STREAMING, text);
    assertThat(withCode(report, "json.invalid-value")).singleElement()
        .satisfies(f -> assertThat(f.location()).isEqualTo(at("/kind", text, "\"TOWN\"")));
  }

  @Test
  void syntaxErrorInsideAnElementCostsOnlyThatElement() {
    String broken = JINZHOU.replace("\"name\":\"金州社区\",", "\"name\" \"金州社区\",");
    String text = "[\n" + TOWNSHIP + ",\n" + broken + ",\n" + SECOND + "\n]";
    StreamReport report = run(STREAMING, text);
    assertThat(report.summary().records()).isEqualTo(3);
    assertThat(report.summary().unreadable()).isEqualTo(1);
    assertThat(report.summary().valid()).isEqualTo(2);
    assertThat(withCode(report, "json.syntax")).singleElement().satisfies(f -> {
      assertThat(f.location().line()).hasValue(3);
      assertThat(f.location().pointer().toString()).isEqualTo("/name");
    });
  }

  @Test
  void unclosedStringEndsAtTheLineBreak() {
    String broken = "{\"type\":\"village\",\"code\":\"500154001001,\"name\":\"金州社区\"}";
    String text = "[\n" + TOWNSHIP + ",\n" + broken.replace("\"name\"", "\n\"name\"") + ",\n" + SECOND + "\n]";
    StreamReport report = run(STREAMING, text);
    assertThat(report.summary().records()).isEqualTo(3);
    assertThat(report.summary().valid()).isEqualTo(2);
    assertThat(report.summary().unreadable()).isEqualTo(1);
  }

  @Test
  void mismatchedBracketResynchronisesAtTheNextElement() {
    String text = "[" + TOWNSHIP + ",{\"type\":\"village\",\"code\":[1}," + SECOND + "]";
    StreamReport report = run(STREAMING, text);
    assertThat(report.summary().records()).isEqualTo(3);
    assertThat(report.summary().valid()).isEqualTo(2);
  }

  @Test
  void missingCommaIsAFindingOnTheNextElement() {
    String text = "[" + TOWNSHIP + " " + JINZHOU + "]";
    StreamReport report = run(STREAMING, text);
    assertThat(report.summary().records()).isEqualTo(2);
    assertThat(withCode(report, "json.syntax")).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(at("", text, JINZHOU));
      assertThat(f.attribute("detail").orElseThrow()).contains("expected ',' or ']'");
    });
    assertThat(report.summary().withErrors()).isEqualTo(1);
  }

  @Test
  void truncatedArrayIsAnInputFinding() {
    String text = "[" + TOWNSHIP + "," + JINZHOU.substring(0, 30);
    StreamReport report = run(STREAMING, text);
    assertThat(report.summary().records()).isEqualTo(2);
    assertThat(report.summary().unreadable()).isEqualTo(1);
    assertThat(withCode(report, "json.syntax")).anySatisfy(f -> {
      assertThat(f.subject().type()).isEqualTo("input");
      assertThat(f.attribute("variant")).hasValue("truncated");
    });
  }

  @Test
  void contentAfterTheArrayIsAnInputFinding() {
    String text = "[" + TOWNSHIP + "]\n{}";
    StreamReport report = run(STREAMING, text);
    assertThat(report.summary().records()).isEqualTo(1);
    assertThat(withCode(report, "json.syntax")).singleElement().satisfies(f -> {
      assertThat(f.attribute("variant")).hasValue("trailing");
      assertThat(f.location()).isEqualTo(at("", text, "{}"));
    });
  }

  @Test
  void forcedArrayFormatOnOtherContentIsOneFinding() {
    RecordStreamValidator arrays = RecordStreamValidator.builder(Streams.VALIDATOR).format(InputFormat.JSON_ARRAY)
        .build();
    StreamReport report = run(arrays, TOWNSHIP);
    assertThat(report.summary().records()).isZero();
    assertThat(withCode(report, "json.syntax")).singleElement()
        .satisfies(f -> assertThat(f.attribute("variant")).hasValue("not-array"));
  }

  @Test
  void gzipGivesTheSameResultAndTheSameContentHash() {
    byte[] plain = (TOWNSHIP + "\n" + JINZHOU.replace("COMMUNITY", "CITY") + "\n").getBytes(StandardCharsets.UTF_8);
    StreamReport fromPlain = run(STREAMING, plain);
    StreamReport fromGzip = run(STREAMING, gzip(plain));
    assertThat(fromGzip.summary().compression()).isEqualTo(Compression.GZIP);
    assertThat(fromGzip.findings()).isEqualTo(fromPlain.findings());
    assertThat(fromGzip.summary().inputSha256()).isEqualTo(fromPlain.summary().inputSha256())
        .isEqualTo(sha256Hex(plain));
    assertThat(fromGzip.summary().inputBytes()).isEqualTo(plain.length);
  }

  @Test
  void truncatedGzipIsAnInputFindingAndKeepsWhatWasRead() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append(DISTRICT.replace("500154", String.format("50%02d%02d", 10 + i / 90, 1 + i % 90))).append('\n');
    }
    byte[] zipped = gzip(text.toString().getBytes(StandardCharsets.UTF_8));
    StreamReport report = run(STREAMING, Arrays.copyOf(zipped, zipped.length / 2));
    assertThat(withCode(report, "json.syntax")).anySatisfy(f -> {
      assertThat(f.subject().type()).isEqualTo("input");
      assertThat(f.attribute("variant")).hasValue("truncated");
    });
    assertThat(report.summary().records()).as(report.toString()).isPositive().isLessThan(200);
    assertThat(report.summary().valid()).isGreaterThanOrEqualTo(report.summary().records() - 1);
  }

  @Test
  void everyMemberOfAConcatenatedGzipStreamIsRead() {
    byte[] first = gzip((TOWNSHIP + "\n").getBytes(StandardCharsets.UTF_8));
    byte[] second = gzip((JINZHOU + "\n" + SECOND + "\n").getBytes(StandardCharsets.UTF_8));
    // as when gzip files are joined or piped: nothing is available() at the boundary
    StreamReport report = STREAMING.validate(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(first),
        new java.io.ByteArrayInputStream(second)), StreamListener.NONE);
    assertThat(report.summary().records()).isEqualTo(3);
    assertThat(withCode(report, "json.syntax")).isEmpty();
  }

  @Test
  void plainLinesAfterAGzipStreamAreAnInputFindingNotLost() {
    byte[] zipped = gzip((TOWNSHIP + "\n").getBytes(StandardCharsets.UTF_8));
    byte[] appended = (JINZHOU + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] input = Arrays.copyOf(zipped, zipped.length + appended.length);
    System.arraycopy(appended, 0, input, zipped.length, appended.length);
    StreamReport report = run(STREAMING, input);
    assertThat(report.summary().records()).isEqualTo(1);
    assertThat(withCode(report, "json.syntax")).singleElement().satisfies(f -> {
      assertThat(f.subject().type()).isEqualTo("input");
      assertThat(f.attribute("variant")).hasValue("compression");
      assertThat(f.message(java.util.Locale.ENGLISH)).contains("not another gzip member");
    });
  }

  @Test
  void notGzipAlthoughToldSoIsAnInputFinding() {
    RecordStreamValidator zipped = RecordStreamValidator.builder(Streams.VALIDATOR).compression(Compression.GZIP)
        .build();
    StreamReport report = run(zipped, TOWNSHIP);
    assertThat(report.summary().records()).isZero();
    assertThat(withCode(report, "json.syntax")).singleElement()
        .satisfies(f -> assertThat(f.attribute("variant")).hasValue("compression"));
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
