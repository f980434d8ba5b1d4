package io.github.jiceng.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.testing.Meeting;
import io.github.jiceng.governance.rules.testing.TestPacks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Packs and reports survive Java serialization, as Spark needs. */
class SerializationTest {
  private static Object roundTrip(Object value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return in.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void packSurvivesAndValidatesTheSame() {
    RulePack district = TestPacks.district();
    RulePack copy = (RulePack) roundTrip(district);
    assertThat(copy.toString()).isEqualTo(district.toString());
    assertThat(copy.isEnabled("meeting.tags.missing")).isFalse();
    Meeting meeting = Meeting.valid("S1").withAttendance(10).withName(" ").withContactPhone("12");
    assertThat(Fixtures.meetings(copy).build().validate(meeting).findings())
        .isEqualTo(Fixtures.meetings(district).build().validate(meeting).findings())
        .isNotEmpty();
  }

  @Test
  void reportAndFindingsSurvive() {
    Waiver waiver = Waiver.forSubject("meeting.quorum.not-met", Subject.of("meeting", "S1"), "测试");
    ValidationReport report = Fixtures.meetings(TestPacks.chongqing()).waivers(List.of(waiver)).build()
        .validate(List.of(Meeting.valid("S1").withAttendance(10), Meeting.valid("S2").withName("")));
    ValidationReport copy = (ValidationReport) roundTrip(report);
    assertThat(copy.findings()).isEqualTo(report.findings()).isNotEmpty();
    assertThat(copy.suppressed()).isEqualTo(report.suppressed()).isNotEmpty();
    assertThat(copy.recordCount()).isEqualTo(2);
  }
}
