package io.github.jiceng.governance.json.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.core.linkage.committee.ImmutableCommunityCommittee;
import io.github.jiceng.governance.core.linkage.organisation.ImmutableSocialOrganisation;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.ReadResult;
import io.github.jiceng.governance.json.RecordReader;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.testkit.LinkageDataset;
import io.github.jiceng.governance.testkit.LinkageGenerators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Credit codes inside JSON records: read strictly (the default) a code that fails its checks is a binding finding at
 * {@code /creditCode} and no rule sees it; read leniently, the {@code id.uscc.*} rules report it, once, at {@code
 * /creditCode}, and batch validation and streaming give the same findings.
 */
class CreditCodesInRecordsStreamTest {
  private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final RulePack KAIZHOU = StandardPacks.forJurisdiction("500154");
  private static final ObjectMapper JSON = GovernanceJson.mapper();
  private static final LinkageDataset DATA = LinkageGenerators.datasets(DivisionCode.parse("500154"), 2)
      .sample(11L, 1).get(0);
  private static final JsonPointer CREDIT_CODE = JsonPointer.of("creditCode");

  private static final UnifiedSocialCreditCode VALID =
      DATA.organisations().stream().flatMap(o -> o.creditCode().stream()).findFirst().orElseThrow();

  private static UnifiedSocialCreditCode wrongCheckCharacter() {
    return UnifiedSocialCreditCode.parseLenient(VALID.value().substring(0, 17)
        + CHARSET.charAt((CHARSET.indexOf(VALID.checkCharacter()) + 1) % CHARSET.length()));
  }

  private static UnifiedSocialCreditCode wrongEmbeddedCheckCharacter() {
    String first17 = VALID.value().substring(0, 16) + (VALID.organisationCode().charAt(8) == '0' ? '1' : '0');
    return UnifiedSocialCreditCode.parseLenient(first17 + UnifiedSocialCreditCode.checkCharacterOf(first17));
  }

  private static UnifiedSocialCreditCode otherDistrict() {
    String first17 = VALID.value().substring(0, 2) + "500103" + VALID.value().substring(8, 17);
    return UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacterOf(first17));
  }

  private static String organisation(UnifiedSocialCreditCode code, String id) throws IOException {
    SocialOrganisation first = DATA.organisations().stream().filter(o -> o.creditCode().isPresent()).findFirst()
        .orElseThrow();
    return JSON.writeValueAsString(ImmutableSocialOrganisation.copyOf(first).withId(id).withCreditCode(code));
  }

  private static String committee(UnifiedSocialCreditCode code, String id) throws IOException {
    return JSON.writeValueAsString(ImmutableCommunityCommittee.copyOf(DATA.committees().get(0)).withId(id)
        .withCreditCode(code));
  }

  @Test
  void strictReadingMakesAFailedCheckABindingFindingThatNoRuleSees() throws IOException {
    RecordReader strict = RecordReader.builder().build();
    ReadResult<Object> read = strict.readRecord(organisation(wrongCheckCharacter(), "ORG-STRICT"));

    assertThat(read.value()).isEmpty();
    assertThat(read.findings()).singleElement().satisfies(f -> {
      assertThat(f.code().value()).startsWith("json.");
      assertThat(f.location().pointer()).isEqualTo(CREDIT_CODE);
    });
  }

  @Test
  void lenientlyReadCodesInsideRecordsGiveTheSameFindingsInBatchAndStreaming() throws IOException {
    List<String> lines = List.of(
        organisation(VALID, "ORG-VALID"),
        organisation(wrongCheckCharacter(), "ORG-CHECK"),
        organisation(wrongEmbeddedCheckCharacter(), "ORG-EMBEDDED"),
        organisation(otherDistrict(), "ORG-YUZHONG"),
        committee(VALID, "CC-VALID"),
        committee(wrongCheckCharacter(), "CC-CHECK"),
        committee(wrongEmbeddedCheckCharacter(), "CC-EMBEDDED"),
        committee(otherDistrict(), "CC-YUZHONG"));

    RecordReader lenient = RecordReader.builder().lenientCreditCodes(true).build();
    List<Object> records = new ArrayList<>();
    for (String line : lines) {
      ReadResult<Object> read = lenient.readRecord(line);
      assertThat(read.findings()).as(line).isEmpty();
      records.add(read.value().orElseThrow());
    }
    List<Finding> batch = Validator.of(KAIZHOU).validate(records).findings();
    String text = String.join("\n", lines) + "\n";
    StreamReport streamed = RecordStreamValidator.builder(Validator.of(KAIZHOU)).lenientCreditCodes(true).build()
        .validate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StreamListener.NONE);

    List<String> expected = List.of(
        "id.uscc.check-character community-committee/CC-CHECK /creditCode",
        "id.uscc.check-character social-organisation/ORG-CHECK /creditCode",
        "id.uscc.division-outside-jurisdiction community-committee/CC-YUZHONG /creditCode",
        "id.uscc.division-outside-jurisdiction social-organisation/ORG-YUZHONG /creditCode",
        "id.uscc.embedded-check-character community-committee/CC-EMBEDDED /creditCode",
        "id.uscc.embedded-check-character social-organisation/ORG-EMBEDDED /creditCode");
    assertThat(identifierKeys(batch)).isEqualTo(expected);
    assertThat(identifierKeys(streamed.findings().stream().map(StreamFinding::finding).collect(Collectors.toList())))
        .isEqualTo(expected);
    // the stream gives the line and column of the code in the record
    assertThat(Streams.withCode(streamed, "id.uscc.check-character")).anySatisfy(f -> assertThat(f.location())
        .isEqualTo(Streams.at("/creditCode", text, "\"" + wrongCheckCharacter().value() + "\"", 0)));
    assertThat(keys(streamed.findings().stream().map(StreamFinding::finding).collect(Collectors.toList())))
        .isEqualTo(keys(batch));
  }

  private static List<String> identifierKeys(List<Finding> findings) {
    return findings.stream().filter(f -> f.code().value().startsWith("id."))
        .map(f -> f.code().value() + " " + f.subject().type() + "/" + f.subject().id().orElse("") + " "
            + f.location().pointer())
        .sorted().collect(Collectors.toList());
  }

  /** Everything but the line and column, which only a stream knows. */
  private static List<String> keys(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.code().value() + " " + f.subject() + " " + f.location().pointer() + " " + f.severity() + " "
            + f.messages() + " " + f.attributes() + " " + f.legalBases())
        .sorted().collect(Collectors.toList());
  }
}
