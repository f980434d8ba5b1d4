package io.github.jiceng.governance.json.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Location;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/** Example records from the Kaizhou domain notes, and helpers to run the streaming validator on text. */
final class Streams {
  /** The national pack, judged as of a fixed date so that the tests do not depend on today. */
  static final Validator VALIDATOR =
      Validator.builder(StandardPacks.national()).asOf(LocalDate.of(2026, 6, 1)).build();
  static final RecordStreamValidator STREAMING = RecordStreamValidator.builder(VALIDATOR).build();

  static final String DISTRICT = "{\"type\":\"district\",\"code\":\"500154000000\",\"name\":\"开州区\","
      + "\"kind\":\"DISTRICT\"}";
  static final String TOWNSHIP = "{\"type\":\"township\",\"code\":\"500154001000\",\"name\":\"汉丰街道\","
      + "\"kind\":\"STREET\",\"districtCode\":\"500154000000\"}";
  static final String JINZHOU = "{\"type\":\"village\",\"code\":\"500154001001\",\"name\":\"金州社区\","
      + "\"kind\":\"COMMUNITY\",\"townshipCode\":\"500154001000\"}";
  static final String SECOND = "{\"type\":\"village\",\"code\":\"500154001002\",\"name\":\"南河社区\","
      + "\"kind\":\"COMMUNITY\",\"townshipCode\":\"500154001000\"}";

  private Streams() {
  }

  static StreamReport run(RecordStreamValidator validator, String text) {
    return run(validator, text.getBytes(StandardCharsets.UTF_8));
  }

  static StreamReport run(RecordStreamValidator validator, byte[] bytes) {
    return validator.validate(new ByteArrayInputStream(bytes), StreamListener.NONE);
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static List<Finding> findings(StreamReport report) {
    return report.findings().stream().map(StreamFinding::finding).collect(Collectors.toList());
  }

  static List<Finding> withCode(StreamReport report, String code) {
    return findings(report).stream().filter(f -> f.code().value().equals(code)).collect(Collectors.toList());
  }

  /** The location of the n-th occurrence (0-based) of a text in a document, counted independently of the reader. */
  static Location at(String pointer, String document, String text, int occurrence) {
    int index = -1;
    for (int i = 0; i <= occurrence; i++) {
      index = document.indexOf(text, index + 1);
      assertThat(index).as("occurrence %d of '%s'", i, text).isNotNegative();
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (document.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return Location.parse(pointer).withPosition(line, index - lineStart + 1);
  }

  static Location at(String pointer, String document, String text) {
    return at(pointer, document, text, 0);
  }
}
