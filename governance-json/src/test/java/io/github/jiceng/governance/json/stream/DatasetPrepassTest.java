package io.github.jiceng.governance.json.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionOutcome;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.ImmutableAdmissionRequest;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RecordTypes;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.ValidityPeriod;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.burden.BurdenParameters;
import io.github.jiceng.governance.rules.burden.CatalogueSource;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.testkit.AdoptionCase;
import io.github.jiceng.governance.testkit.BurdenCase;
import io.github.jiceng.governance.testkit.BurdenDefect;
import io.github.jiceng.governance.testkit.BurdenGenerators;
import io.github.jiceng.governance.testkit.CovenantDefect;
import io.github.jiceng.governance.testkit.CovenantGenerators;
import io.github.jiceng.governance.testkit.ServiceDataset;
import io.github.jiceng.governance.testkit.ServiceGenerators;
import io.github.jiceng.governance.testkit.TerritoryShape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the first pass's lookup, a streaming run finds the {@code covenant.adoption.meeting-*} and {@code
 * burden.decision.*} findings that batch validation with a lookup of all records finds, wherever in the files the
 * referenced meeting or request is; without it those rules stay silent.
 */
class DatasetPrepassTest {
  private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2025, 12, 1);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 26).atStartOfDay(CHINA).toInstant(), CHINA);
  private static final ObjectMapper JSON = GovernanceJson.mapper();
  private static final Set<String> LOOKED_UP = Set.of("covenant.adoption.meeting-missing",
      "covenant.adoption.meeting-mismatch", "burden.decision.overdue", "burden.decision.admits-negative");

  @TempDir
  Path temp;

  /** Covenants (one valid, one whose meeting is missing, one whose meeting says otherwise), requests, decisions. */
  private static final class Dataset {
    final List<Object> referring = new ArrayList<>();
    final List<Object> referred = new ArrayList<>();
    RulePack pack;

    List<Object> all() {
      List<Object> all = new ArrayList<>(referring);
      all.addAll(referred);
      return all;
    }
  }

  private static Dataset dataset() {
    Dataset data = new Dataset();
    AdoptionCase valid = CovenantGenerators.valid(FROM, UNTIL).sample(1L, 1).get(0);
    AdoptionCase missing = CovenantGenerators.defective(FROM, UNTIL, CovenantDefect.MEETING_MISSING).sample(2L, 1)
        .get(0).adoption();
    AdoptionCase mismatch = CovenantGenerators.defective(FROM, UNTIL, CovenantDefect.MEETING_MISMATCH).sample(3L, 1)
        .get(0).adoption();
    for (AdoptionCase adoption : List.of(valid, missing, mismatch)) {
      data.referring.add(adoption.covenant());
      data.referred.add(adoption.meeting());
      assertThat(adoption.records()).containsExactly(adoption.covenant(), adoption.meeting());
    }
    BurdenCase<AdmissionRequest> negative = BurdenGenerators.admissionRequests(BurdenDefect.NEGATIVE_LIST)
        .sample(4L, 1).get(0);
    AdmissionRequest onTheNegativeList = negative.record();
    AdmissionRequest late = ImmutableAdmissionRequest.copyOf(onTheNegativeList).withId(onTheNegativeList.id() + "-B");
    data.referred.add(onTheNegativeList);
    data.referred.add(late);
    data.referring.add(AdmissionDecision.builder().requestId(onTheNegativeList.id()).date(onTheNegativeList.date())
        .outcome(AdmissionOutcome.ADMITTED_ON_LIST).build());
    data.referring.add(AdmissionDecision.builder().requestId(late.id()).date(late.date().plusDays(60))
        .outcome(AdmissionOutcome.REFUSED).build());
    data.pack = RulePack.builder("cn.test", "1", "500000").parent(StandardPacks.national())
        .parameter(BurdenParameters.CATALOGUES, CatalogueSource.of(negative.catalogues()), ValidityPeriod.always(),
            "test")
        .parameter(BurdenParameters.TIMING_CHECKED, true, ValidityPeriod.always(), "test")
        .build();
    return data;
  }

  @Test
  void theLookedUpRulesFindInStreamingWhatTheyFindInBatch() throws IOException {
    Dataset data = dataset();
    Set<Subject> subjects = new HashSet<>();
    data.all().forEach(r -> subjects.add(RecordTypes.standard().typeOf(r).orElseThrow().subjectOf(r)));
    assertThat(subjects).as("distinct records").hasSize(data.all().size());
    List<String> batch = keys(Validator.builder(data.pack).clock(CLOCK).lookup(RecordLookup.ofRecords(data.all()))
        .build().validate(data.all()).findings());
    // the records that refer come before the records they refer to, and in another file
    List<Path> files = List.of(write("referring.ndjson", data.referring), write("referred.ndjson", data.referred));

    DatasetPrepass.Result prepass = DatasetPrepass.read(files);
    StreamReport with = RecordStreamValidator.builder(Validator.builder(data.pack).clock(CLOCK).build())
        .lookup(prepass.lookup().orElseThrow()).build().validate(files);
    StreamReport without = RecordStreamValidator.builder(Validator.builder(data.pack).clock(CLOCK).build()).build()
        .validate(files);

    AdmissionDecision admitted = (AdmissionDecision) data.referring.get(3);
    AdmissionDecision overdue = (AdmissionDecision) data.referring.get(4);
    assertThat(lookedUp(batch)).containsExactly(
        "burden.decision.admits-negative admission-decision/" + admitted.requestId(),
        "burden.decision.overdue admission-decision/" + overdue.requestId(),
        "covenant.adoption.meeting-mismatch covenant/" + ((Covenant) data.referring.get(2)).id(),
        "covenant.adoption.meeting-missing covenant/" + ((Covenant) data.referring.get(1)).id());
    assertThat(keys(streamed(with))).isEqualTo(batch);
    assertThat(lookedUp(keys(streamed(without)))).isEmpty();
    assertThat(prepass.serviceSystem()).isEmpty();
    assertThat(prepass.records()).as("the two referenced meetings and the two requests").isEqualTo(4);
  }

  @Test
  void aPartNotAskedForIsNotCollected() throws IOException {
    Dataset data = dataset();
    List<Path> files = List.of(write("all.ndjson", data.all()));

    assertThat(DatasetPrepass.read(files, EnumSet.of(DatasetPrepass.Part.SERVICE_SYSTEM)).lookup()).isEmpty();
    assertThat(DatasetPrepass.read(files, EnumSet.noneOf(DatasetPrepass.Part.class)).records()).isZero();
    RecordLookup referenced = DatasetPrepass.read(files, EnumSet.of(DatasetPrepass.Part.REFERENCED_RECORDS))
        .lookup().orElseThrow();
    assertThat(referenced.covers("meeting")).isTrue();
    assertThat(referenced.covers("admission-request")).isTrue();
    assertThat(referenced.covers("covenant")).isFalse();
    Meeting unnamed = data.referred.stream().filter(Meeting.class::isInstance).map(Meeting.class::cast)
        .filter(m -> data.referring.stream().filter(Covenant.class::isInstance).map(Covenant.class::cast)
            .noneMatch(c -> c.adoption().flatMap(a -> a.vote()).map(v -> v.meetingId().equals(m.id())).orElse(false)))
        .findFirst().orElseThrow();
    assertThat(referenced.find(Subject.of("meeting", unnamed.id()))).as("a meeting no covenant names").isEmpty();
  }

  @Test
  void bothPartsTogetherGiveOneLookup() throws IOException {
    TerritoryShape small = TerritoryShape.of(DivisionCode.parse("500154"));
    ServiceDataset service = ServiceGenerators.datasets(small).sample(3L, 1).get(0);
    Dataset data = dataset();
    List<Object> all = new ArrayList<>(service.records());
    all.addAll(data.all());
    List<Path> files = List.of(write("everything.ndjson", all));

    DatasetPrepass.Result both = DatasetPrepass.read(files);
    DatasetPrepass.Result serviceOnly = DatasetPrepass.read(files,
        java.util.EnumSet.of(DatasetPrepass.Part.SERVICE_SYSTEM));

    assertThat(both.serviceSystem()).isPresent();
    assertThat(serviceOnly.serviceSystem()).isPresent();
    RecordLookup lookup = both.lookup().orElseThrow();
    assertThat(lookup.covers("meeting")).isTrue();
    assertThat(lookup.covers("social-work-station")).isTrue();
    assertThat(lookup.find(Subject.of("social-work-station", service.stations().get(0).id()))).isPresent();
    assertThat(both.records()).isEqualTo(serviceOnly.records() + 4);
  }

  private Path write(String name, List<Object> records) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Object record : records) {
      text.append(JSON.writeValueAsString(record)).append('\n');
    }
    return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<Finding> streamed(StreamReport report) {
    return report.findings().stream().map(StreamFinding::finding).collect(Collectors.toList());
  }

  private static List<String> lookedUp(List<String> keys) {
    return keys.stream().filter(k -> LOOKED_UP.contains(k.substring(0, k.indexOf(' '))))
        .map(k -> k.substring(0, k.indexOf(' ', k.indexOf(' ') + 1))).sorted().collect(Collectors.toList());
  }

  /** Everything but the line and column, which only a stream knows. */
  private static List<String> keys(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.code().value() + " " + f.subject().type() + "/" + f.subject().id().orElse("") + " "
            + f.location().pointer() + " " + f.severity() + " " + f.messages() + " " + f.attributes())
        .sorted().collect(Collectors.toList());
  }
}
