package io.github.jiceng.governance.json.stream;

import static io.github.jiceng.governance.json.stream.Streams.STREAMING;
import static io.github.jiceng.governance.json.stream.Streams.VALIDATOR;
import static io.github.jiceng.governance.json.stream.Streams.findings;
import static io.github.jiceng.governance.json.stream.Streams.run;
import static io.github.jiceng.governance.json.stream.Streams.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.RecordReader;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.ValidationReport;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.testkit.LinkageGenerators;
import io.github.jiceng.governance.testkit.ServiceGenerators;
import io.github.jiceng.governance.testkit.TerritoryShape;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The linkage references of {@link RecordReferences#standard()}: once per dangling reference, as in batch. */
class LinkageReferencesTest {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();
  /** The codes of every declared reference. */
  private static final Set<String> REFERENCE_CODES = Set.of("territory.unit.parent-missing",
      "linkage.service.volunteer-unregistered", "linkage.worker.employer-missing", "linkage.project.actor-missing",
      "linkage.project.service-record-missing", "json.missing-reference");
  private static final DivisionCode KAIZHOU = DivisionCode.parse("500154000000");

  /** A consistent linkage dataset as NDJSON lines, in the testkit's record order. */
  private static List<ObjectNode> linkageLines(long seed) {
    return lines(LinkageGenerators.datasets(KAIZHOU, 3).sample(seed, 1).get(0).records());
  }

  private static List<ObjectNode> lines(List<Object> records) {
    return records.stream().map(r -> (ObjectNode) MAPPER.valueToTree(r)).collect(Collectors.toList());
  }

  private static String text(List<ObjectNode> lines) {
    StringBuilder text = new StringBuilder();
    for (ObjectNode line : lines) {
      try {
        text.append(MAPPER.writeValueAsString(line)).append('\n');
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return text.toString();
  }

  private static List<Finding> referenceFindings(StreamReport report) {
    return findings(report).stream().filter(f -> REFERENCE_CODES.contains(f.code().value()))
        .collect(Collectors.toList());
  }

  @Test
  void consistentLinkageDatasetsHaveNoDanglingReference() {
    for (long seed = 1; seed <= 5; seed++) {
      StreamReport report = run(STREAMING, text(linkageLines(seed)));
      assertThat(referenceFindings(report)).as("seed %d", seed).isEmpty();
      assertThat(report.summary().unreadable()).isZero();
    }
  }

  @Test
  void consistentServiceDatasetHasNoDanglingReference() {
    List<Object> records = ServiceGenerators.datasets(TerritoryShape.of(KAIZHOU)).sample(7, 1).get(0).records();
    StreamReport report = run(STREAMING, text(lines(records)));
    assertThat(referenceFindings(report)).isEmpty();
    assertThat(report.summary().records()).isEqualTo(records.size());
  }

  /** Changes the first line of a type that the edit accepts (returns true), and returns the edited line's pointer. */
  private static String edit(List<ObjectNode> lines, String type, java.util.function.Function<ObjectNode, String> edit) {
    for (ObjectNode line : lines) {
      if (line.path("type").asText().equals(type)) {
        String pointer = edit.apply(line);
        if (pointer != null) {
          return pointer;
        }
      }
    }
    throw new IllegalStateException("no " + type + " record to edit");
  }

  /** Runs a dataset with one edit in both modes and checks the one finding. */
  private static void danglingGivesOneFinding(String code, String type,
      java.util.function.Function<ObjectNode, String> change) {
    List<ObjectNode> lines = linkageLines(11);
    String pointer = edit(lines, type, change);
    String text = text(lines);
    StreamReport report = run(STREAMING, text);
    assertThat(referenceFindings(report)).as(code).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo(code);
      assertThat(f.subject().type()).isEqualTo(type);
      assertThat(f.location().pointer()).isEqualTo(JsonPointer.parse(pointer));
      assertThat(f.packId()).hasValue(VALIDATOR.pack().id());
      assertThat(f.location().line()).isPresent();
    });
    Finding streamed = withCode(report, code).get(0);

    // batch over the same records, with a lookup over all of them: the same problem once, with the same message
    RecordReader reader = RecordReader.create();
    List<Object> records = new ArrayList<>();
    text.lines().forEach(line -> records.add(reader.readRecord(line).value().orElseThrow()));
    ValidationReport batch = Validator.builder(VALIDATOR.pack()).asOf(LocalDate.of(2026, 6, 1))
        .lookup(RecordLookup.ofRecords(records)).build().validate(records);
    assertThat(batch.forCode(code)).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo(streamed.subject());
      assertThat(f.severity()).isEqualTo(streamed.severity());
      assertThat(f.location().pointer()).isEqualTo(streamed.location().pointer());
      assertThat(f.message(Locale.ENGLISH)).isEqualTo(streamed.message(Locale.ENGLISH));
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(streamed.message(Locale.SIMPLIFIED_CHINESE));
    });
  }

  @Test
  void serviceRecordOfAnUnknownVolunteer() {
    danglingGivesOneFinding("linkage.service.volunteer-unregistered", "volunteer-service-record", line -> {
      line.put("volunteerNumber", "V-NOBODY");
      return "/volunteerNumber";
    });
  }

  @Test
  void socialWorkerOfAnUnknownEmployer() {
    danglingGivesOneFinding("linkage.worker.employer-missing", "social-worker", line -> {
      ((ObjectNode) line.get("employer")).put("id", "NO-SUCH-EMPLOYER");
      return "/employer";
    });
  }

  @Test
  void projectStageOfAnUnknownActor() {
    danglingGivesOneFinding("linkage.project.actor-missing", "linkage-project", line -> {
      if (line.path("stages").size() == 0) {
        return null;
      }
      ((ObjectNode) line.get("stages").get(0).get("actor")).put("id", "NO-SUCH-ACTOR");
      return "/stages/0/actor";
    });
  }

  @Test
  void projectParticipantThatIsUnknown() {
    danglingGivesOneFinding("linkage.project.actor-missing", "linkage-project", line -> {
      // the generated projects have no participants: add one that names an organisation the dataset lacks
      com.fasterxml.jackson.databind.node.ArrayNode participants = line.withArray("participants");
      participants.addObject().put("type", "SOCIAL_ORGANISATION").put("id", "NO-SUCH-ORGANISATION");
      return "/participants/" + (participants.size() - 1);
    });
  }

  @Test
  void projectFundingFromAnUnknownSource() {
    danglingGivesOneFinding("linkage.project.actor-missing", "linkage-project", line -> {
      for (int i = 0; i < line.path("fundings").size(); i++) {
        ObjectNode source = (ObjectNode) line.get("fundings").get(i).get("source");
        if (!source.path("type").asText().equals("donor")) {
          source.put("id", "NO-SUCH-SOURCE");
          return "/fundings/" + i + "/source";
        }
      }
      return null;
    });
  }

  @Test
  void projectWithAnUnknownServiceRecord() {
    danglingGivesOneFinding("linkage.project.service-record-missing", "linkage-project", line -> {
      if (line.path("serviceRecordIds").size() == 0) {
        return null;
      }
      ((com.fasterxml.jackson.databind.node.ArrayNode) line.get("serviceRecordIds")).add("NO-SUCH-RECORD");
      return "/serviceRecordIds/" + (line.get("serviceRecordIds").size() - 1);
    });
  }
}
