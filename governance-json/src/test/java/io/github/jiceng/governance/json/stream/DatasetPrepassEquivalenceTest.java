package io.github.jiceng.governance.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionOutcome;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.ImmutableAdmissionRequest;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.meeting.ImmutableMeeting;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.service.ServiceSystem;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.RecordReader;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RecordTypes;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.service.ServiceLookup;
import io.github.jiceng.governance.testkit.AdoptionCase;
import io.github.jiceng.governance.testkit.BurdenCase;
import io.github.jiceng.governance.testkit.BurdenGenerators;
import io.github.jiceng.governance.testkit.CovenantDefect;
import io.github.jiceng.governance.testkit.CovenantGenerators;
import io.github.jiceng.governance.testkit.ServiceDataset;
import io.github.jiceng.governance.testkit.ServiceGenerators;
import io.github.jiceng.governance.testkit.TerritoryShape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first pass reads the files twice (the named ids, then the named meetings and requests) but finds exactly what
 * the single read that kept every meeting and request found ({@link SinglePassPrepass}): the same records for every
 * subject, the same covered types and the same counts, wherever the named records are (before or after the records
 * naming them, in other files), with duplicate ids, unnamed records, unreadable lines, records whose {@code "type"}
 * is not first or is escaped, NDJSON and JSON arrays, gzip or not.
 */
class DatasetPrepassEquivalenceTest {
  private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2025, 12, 1);
  private static final ObjectMapper JSON = GovernanceJson.mapper();
  private static final RecordReader READER = RecordReader.builder().lenientCreditCodes(true).build();
  private static final List<String> LINES = lines();
  private static final List<Subject> SUBJECTS = subjects();

  @TempDir
  Path temp;

  /** Every record of the dataset, as JSON lines, with the traps of the class comment. */
  private static List<String> lines() {
    List<Object> records = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    List<AdoptionCase> valid = CovenantGenerators.valid(FROM, UNTIL).sample(11L, 8);
    for (int i = 0; i < valid.size(); i++) {
      AdoptionCase adoption = valid.get(i);
      records.add(adoption.meeting());
      if (i < 5) {
        records.add(adoption.covenant()); // the other three meetings are named by nothing
      }
    }
    for (CovenantDefect defect : List.of(CovenantDefect.MEETING_MISSING, CovenantDefect.MEETING_MISMATCH)) {
      AdoptionCase adoption = CovenantGenerators.defective(FROM, UNTIL, defect).sample(12L, 1).get(0).adoption();
      records.add(adoption.covenant());
      records.add(adoption.meeting());
    }
    // two records with the id of a named meeting, and one with the id of an unnamed one: the first read is kept
    Meeting named = valid.get(0).meeting();
    records.add(ImmutableMeeting.copyOf(named).withDate(named.date().plusDays(1)));
    records.add(ImmutableMeeting.copyOf(named).withEligible(named.eligible() + 1));
    records.add(ImmutableMeeting.copyOf(valid.get(7).meeting()).withDate(named.date().plusDays(2)));
    List<BurdenCase<AdmissionRequest>> requests = BurdenGenerators.admissionRequests().sample(13L, 6);
    for (int i = 0; i < requests.size(); i++) {
      AdmissionRequest request = requests.get(i).record();
      records.add(request);
      if (i < 4) {
        records.add(AdmissionDecision.builder().requestId(request.id()).date(request.date().plusDays(3))
            .outcome(AdmissionOutcome.REFUSED).build());
      }
    }
    AdmissionRequest first = requests.get(0).record();
    records.add(ImmutableAdmissionRequest.copyOf(first).withDate(first.date().plusDays(1)));
    records.add(AdmissionDecision.builder().requestId("AR-NOWHERE").date(first.date())
        .outcome(AdmissionOutcome.REFUSED).build());
    ServiceDataset service = ServiceGenerators.datasets(TerritoryShape.of(DivisionCode.parse("500154")))
        .sample(3L, 1).get(0);
    records.addAll(service.records());
    records.forEach(r -> lines.add(JSON.valueToTree(r).toString()));
    // a named meeting and a named request whose "type" is last, and a named meeting whose type name is escaped
    lines.add(typeLast(valid.get(1).meeting()));
    lines.add(typeLast(requests.get(1).record()));
    lines.add(JSON.valueToTree(ImmutableMeeting.copyOf(valid.get(2).meeting()).withEligible(1)).toString()
        .replace("\"type\":\"meeting\"", "\"type\":\"me\\u0065ting\""));
    // unreadable: a named meeting without its date, a named request that is not an object, syntax, unknown types
    ObjectNode undated = JSON.valueToTree(valid.get(3).meeting());
    undated.remove("date");
    lines.add(undated.toString());
    lines.add("[\"" + requests.get(2).record().id() + "\"]");
    lines.add("{not json}");
    lines.add("{\"type\":\"no-such-type\",\"id\":\"x\"}");
    lines.add("{\"type\":12,\"id\":\"x\"}");
    return List.copyOf(lines);
  }

  private static String typeLast(Object record) {
    ObjectNode node = JSON.valueToTree(record);
    String type = node.remove("type").asText();
    return node.put("type", type).toString();
  }

  /** The subjects of every record, ids that nothing has, and the service system's. */
  private static List<Subject> subjects() {
    Set<Subject> subjects = new LinkedHashSet<>();
    for (String line : LINES) {
      // an unreadable line's ids are those of readable records with the same ids
      READER.readRecord(line).value().ifPresent(record -> RecordTypes.standard().typeOf(record)
          .ifPresent(t -> subjects.add(t.subjectOf(record))));
    }
    subjects.add(Subject.of("meeting", "M-NOWHERE"));
    subjects.add(Subject.of("admission-request", "AR-NOWHERE"));
    subjects.add(ServiceLookup.systemSubject(DivisionCode.parse("500154")));
    return List.copyOf(subjects);
  }

  @Test
  void theDatasetHasWhatTheComparisonIsAbout() throws IOException {
    List<Path> files = List.of(write("all", LINES, false, false));
    DatasetPrepass.Result result = DatasetPrepass.read(files);
    RecordLookup lookup = result.lookup().orElseThrow();
    assertThat(result.serviceSystem()).isPresent();
    assertThat(SUBJECTS.stream().filter(s -> s.type().equals("meeting")).filter(s -> lookup.find(s).isPresent()))
        .as("the five valid covenants' meetings and the mismatching one").hasSize(6);
    assertThat(SUBJECTS.stream().filter(s -> s.type().equals("admission-request"))
        .filter(s -> lookup.find(s).isPresent())).as("named requests found").hasSize(4);
    assertThat(SUBJECTS.stream().filter(s -> s.type().equals("meeting"))).as("with unnamed ones")
        .hasSizeGreaterThan(8);
  }

  @Test
  void twoReadsFindWhatOneReadFound() {
    qt().withFixedSeed(20261126L).withExamples(24).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<String> lines = new ArrayList<>(LINES);
      Collections.shuffle(lines, random);
      List<Path> files = new ArrayList<>();
      int count = 1 + random.nextInt(4);
      Path dir = directory();
      for (int f = 0; f < count; f++) {
        List<String> part = lines.subList(lines.size() * f / count, lines.size() * (f + 1) / count);
        files.add(write(dir, "part-" + f, part, random.nextBoolean(), random.nextBoolean()));
      }
      EnumSet<DatasetPrepass.Part> parts = List.of(EnumSet.allOf(DatasetPrepass.Part.class),
          EnumSet.of(DatasetPrepass.Part.REFERENCED_RECORDS), EnumSet.of(DatasetPrepass.Part.SERVICE_SYSTEM))
          .get(random.nextInt(3));

      DatasetPrepass.Result now = DatasetPrepass.read(files, parts);
      SinglePassPrepass.Result before = SinglePassPrepass.read(files,
          parts.contains(DatasetPrepass.Part.SERVICE_SYSTEM), parts.contains(DatasetPrepass.Part.REFERENCED_RECORDS));

      String example = "seed " + seed + ", " + parts + ", " + files;
      assertThat(now.records()).as(example).isEqualTo(before.records);
      assertThat(now.problem()).as(example).isEqualTo(Optional.ofNullable(before.problem));
      assertThat(now.serviceSystem().isPresent()).as(example).isEqualTo(before.serviceSystem != null);
      Optional<RecordLookup> expected = lookup(before);
      assertThat(now.lookup().isPresent()).as(example).isEqualTo(expected.isPresent());
      if (expected.isPresent()) {
        RecordLookup actual = now.lookup().orElseThrow();
        for (Subject subject : SUBJECTS) {
          assertThat(comparable(actual.find(subject))).as(example + ": " + subject)
              .isEqualTo(comparable(expected.get().find(subject)));
        }
        for (String type : RecordTypes.standard().names()) {
          assertThat(actual.covers(type)).as(example + ": covers " + type).isEqualTo(expected.get().covers(type));
        }
        assertThat(actual.covers(ServiceLookup.SYSTEM_TYPE)).isEqualTo(expected.get().covers(ServiceLookup.SYSTEM_TYPE));
        assertThat(actual.toString()).as(example).isEqualTo(expected.get().toString());
      }
    });
  }

  @Test
  void ofTwoRecordsWithOneIdTheFirstIsKeptWhereverTheNamingRecordIs() throws IOException {
    AdoptionCase adoption = CovenantGenerators.valid(FROM, UNTIL).sample(21L, 1).get(0);
    // only its resolutions on a covenant, so that the lookup gives it as it is (the first pass drops the others)
    Meeting meeting = ImmutableMeeting.copyOf(adoption.meeting()).withResolutions(adoption.meeting().resolutions()
        .stream().filter(r -> r.covenantId().isPresent()).collect(Collectors.toList()));
    Meeting later = ImmutableMeeting.copyOf(meeting).withEligible(meeting.eligible() + 7);
    String covenant = JSON.valueToTree(adoption.covenant()).toString();
    List<Path> before = List.of(write("a", List.of(line(meeting), covenant), false, false),
        write("b", List.of(line(later)), true, true));
    List<Path> after = List.of(write("c", List.of(covenant, line(meeting)), true, false),
        write("d", List.of(line(later)), false, true));

    for (List<Path> files : List.of(before, after)) {
      RecordLookup lookup = DatasetPrepass.read(files).lookup().orElseThrow();
      assertThat(lookup.find(Subject.of("meeting", meeting.id()))).as(files.toString()).contains(meeting);
      assertThat(lookup.covers("meeting")).isTrue();
      assertThat(lookup.covers("admission-request")).as("no request in the files").isFalse();
    }
    assertThat(meeting.exclusions()).as("nothing for the first pass to drop").isEmpty();
    assertThat(meeting.resolutions()).isNotEmpty();
    assertThat(adoption.covenant().adoption().orElseThrow().vote().orElseThrow().meetingId())
        .isEqualTo(meeting.id());
  }

  @Test
  void aRecordIsSkippedUnreadOnlyIfItsLeadingTypeIsSurelyAnother() {
    RecordsOfTypes meetings = new RecordsOfTypes(Set.of("meeting", "admission-request"));
    assertThat(skipped(meetings, "{\"type\":\"village\",\"code\":\"1\"}")).isTrue();
    assertThat(skipped(meetings, " \t{ \"type\" :\r\n \"volunteer-service-record\"}")).isTrue();
    assertThat(skipped(meetings, "{\"type\":\"meetings\"}")).as("a longer name").isTrue();
    assertThat(skipped(meetings, "{\"type\":\"meetin\"}")).as("a shorter name").isTrue();
    assertThat(skipped(meetings, "{\"type\":\"meeting\",\"id\":\"M-1\"}")).isFalse();
    assertThat(skipped(meetings, "{\"type\":\"admission-request\"}")).isFalse();
    assertThat(skipped(meetings, "{\"id\":\"M-1\",\"type\":\"village\"}")).as("type not first").isFalse();
    assertThat(skipped(meetings, "{\"type\":\"vill\\u0061ge\"}")).as("an escape").isFalse();
    assertThat(skipped(meetings, "{\"type\":12}")).isFalse();
    assertThat(skipped(meetings, "{\"type\":\"village")).as("cut").isFalse();
    assertThat(skipped(meetings, "[{\"type\":\"village\"}]")).isFalse();
    assertThat(skipped(meetings, "{\"typ\":\"village\"}")).isFalse();
    assertThat(skipped(meetings, "")).isFalse();
  }

  private static boolean skipped(RecordsOfTypes read, String record) {
    byte[] bytes = (record + "   ").getBytes(StandardCharsets.UTF_8);
    return read.isOtherType(bytes, bytes.length - 3);
  }

  /** The old result's lookup as {@link DatasetPrepass.Result#lookup()} combines the parts. */
  private static Optional<RecordLookup> lookup(SinglePassPrepass.Result before) {
    if (before.serviceSystem == null || before.referenced == null) {
      return Optional.ofNullable(before.serviceSystem == null ? before.referenced : before.serviceSystem);
    }
    return Optional.of(new RecordLookup() {
      @Override
      public Optional<Object> find(Subject subject) {
        Optional<Object> found = before.serviceSystem.find(subject);
        return found.isPresent() ? found : before.referenced.find(subject);
      }

      @Override
      public boolean covers(String typeName) {
        return before.serviceSystem.covers(typeName) || before.referenced.covers(typeName);
      }

      @Override
      public String toString() {
        return before.serviceSystem + " + " + before.referenced;
      }
    });
  }

  /** A service system has no equals: it is compared by what it says of itself. */
  private static Optional<Object> comparable(Optional<Object> found) {
    return found.map(f -> f instanceof ServiceSystem ? "ServiceSystem " + f : f);
  }

  private static String line(Object record) {
    return JSON.valueToTree(record).toString();
  }

  private Path directory() {
    try {
      return Files.createTempDirectory(temp, "example");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path write(String name, List<String> lines, boolean array, boolean gzip) throws IOException {
    return write(temp, name, lines, array, gzip);
  }

  private static Path write(Path dir, String name, List<String> lines, boolean array, boolean gzip) {
    String text = array ? "[\n" + String.join(",\n", lines) + "\n]\n" : String.join("\n", lines) + "\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      if (gzip) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
          out.write(bytes);
        }
        bytes = zipped.toByteArray();
      }
      return Files.write(dir.resolve(name + (array ? ".json" : ".ndjson") + (gzip ? ".gz" : "")), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
