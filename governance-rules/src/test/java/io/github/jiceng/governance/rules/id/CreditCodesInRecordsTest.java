package io.github.jiceng.governance.rules.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
import io.github.jiceng.governance.core.linkage.committee.ImmutableCommunityCommittee;
import io.github.jiceng.governance.core.linkage.organisation.ImmutableSocialOrganisation;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.RecordType;
import io.github.jiceng.governance.rules.RecordTypes;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.testkit.LinkageDataset;
import io.github.jiceng.governance.testkit.LinkageGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The {@code id.uscc.*} rules check the credit codes inside records (a social organisation's and a community
 * committee's {@code creditCode}): one finding about the record at {@code /creditCode}, with the rule id, severity,
 * messages and legal bases that the same code gets when it is validated on its own.
 */
class CreditCodesInRecordsTest {
  private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final DivisionCode KAIZHOU = DivisionCode.parse("500154");
  private static final RulePack PACK = StandardPacks.forJurisdiction(KAIZHOU.gbCode());
  private static final LinkageDataset DATA = LinkageGenerators.datasets(KAIZHOU, 2).sample(11L, 1).get(0);
  private static final JsonPointer CREDIT_CODE = JsonPointer.of("creditCode");

  /** The same code, validated on its own, as the existing id rule tests do. */
  private static List<Finding> standalone(UnifiedSocialCreditCode code) {
    return Validator.builder(PACK).rethrowRuleFailures(true).build().validate(code).findings();
  }

  private static List<Finding> findings(Object record) {
    return Validator.builder(PACK).rethrowRuleFailures(true).build().validate(record).findings();
  }

  private static SocialOrganisation organisation(UnifiedSocialCreditCode code) {
    SocialOrganisation first = DATA.organisations().stream().filter(o -> o.creditCode().isPresent()).findFirst()
        .orElseThrow();
    return ImmutableSocialOrganisation.copyOf(first).withCreditCode(code);
  }

  private static CommunityCommittee committee(UnifiedSocialCreditCode code) {
    return ImmutableCommunityCommittee.copyOf(DATA.committees().get(0)).withCreditCode(code);
  }

  /** The valid code of the test data's first registered organisation. */
  private static UnifiedSocialCreditCode validCode() {
    return DATA.organisations().stream().flatMap(o -> o.creditCode().stream()).findFirst().orElseThrow();
  }

  @Test
  void aValidCodeInARecordHasNoIdentifierFinding() {
    UnifiedSocialCreditCode valid = validCode();
    assertThat(standalone(valid)).isEmpty();
    assertThat(ids(findings(organisation(valid)))).isEmpty();
    assertThat(ids(findings(committee(valid)))).isEmpty();
  }

  @Test
  void aWrongCheckCharacterInsideARecordIsOneFindingAtTheCreditCode() {
    UnifiedSocialCreditCode valid = validCode();
    char wrong = CHARSET.charAt((CHARSET.indexOf(valid.checkCharacter()) + 1) % CHARSET.length());
    UnifiedSocialCreditCode bad = UnifiedSocialCreditCode.parseLenient(valid.value().substring(0, 17) + wrong);

    assertOneFindingAtTheCode(bad, "id.uscc.check-character", valid);
  }

  @Test
  void aWrongEmbeddedCheckCharacterInsideARecordIsOneFindingAtTheCreditCode() {
    UnifiedSocialCreditCode valid = validCode();
    char wrongOrgCheck = valid.organisationCode().charAt(8) == '0' ? '1' : '0';
    String first17 = valid.value().substring(0, 16) + wrongOrgCheck;
    UnifiedSocialCreditCode bad =
        UnifiedSocialCreditCode.parseLenient(first17 + UnifiedSocialCreditCode.checkCharacterOf(first17));

    assertOneFindingAtTheCode(bad, "id.uscc.embedded-check-character", valid);
  }

  @Test
  void aDivisionOutsideThePacksJurisdictionInsideARecordIsOneFindingAtTheCreditCode() {
    UnifiedSocialCreditCode valid = validCode();
    String first16 = valid.value().substring(0, 2) + "500103" + valid.value().substring(8, 16); // Yuzhong, not Kaizhou
    String first17 = first16 + valid.organisationCode().charAt(8);
    UnifiedSocialCreditCode yuzhong = UnifiedSocialCreditCode.parse(first17
        + UnifiedSocialCreditCode.checkCharacterOf(first17));

    assertOneFindingAtTheCode(yuzhong, "id.uscc.division-outside-jurisdiction", valid);
    assertThat(ids(Validator.of(StandardPacks.national()).validate(organisation(yuzhong)).findings())).isEmpty();
  }

  @Test
  void everyWrongCheckCharacterInsideAnOrganisationIsFoundAsForTheCodeAlone() {
    UnifiedSocialCreditCode valid = validCode();
    qt().withFixedSeed(20261126L).forAll(SourceDSL.integers().between(1, 30)).checkAssert(shift -> {
      char wrong = CHARSET.charAt((CHARSET.indexOf(valid.checkCharacter()) + shift) % CHARSET.length());
      UnifiedSocialCreditCode bad = UnifiedSocialCreditCode.parseLenient(valid.value().substring(0, 17) + wrong);
      assertThat(ids(findings(organisation(bad)))).singleElement()
          .satisfies(f -> assertSameAs(f, standalone(bad).get(0)));
    });
  }

  @Test
  void aRecordTypeOfTheCallersOwnCanNameItsCheckedProperties() {
    RecordType<SocialOrganisation> plain = RecordType.of("social-organisation", SocialOrganisation.class,
        SocialOrganisation::id);
    RecordType<SocialOrganisation> checked = plain.withCheckedProperty("registeredCode", SocialOrganisation::creditCode);
    UnifiedSocialCreditCode valid = validCode();
    UnifiedSocialCreditCode bad = UnifiedSocialCreditCode.parseLenient(valid.value().substring(0, 17)
        + CHARSET.charAt((CHARSET.indexOf(valid.checkCharacter()) + 1) % CHARSET.length()));

    assertThat(ids(validator(RecordTypes.of(plain)).validate(organisation(bad)).findings())).isEmpty();
    assertThat(ids(validator(RecordTypes.of(checked)).validate(organisation(bad)).findings())).singleElement()
        .satisfies(f -> assertThat(f.location().pointer()).isEqualTo(JsonPointer.of("registeredCode")));
    assertThat(checked.checkedProperties()).containsExactly("registeredCode");
    assertThat(RecordTypes.standard().named("community-committee").orElseThrow().checkedProperties())
        .containsExactly("creditCode");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> checked.withCheckedProperty("registeredCode", SocialOrganisation::creditCode))
        .withMessageContaining("registeredCode");
  }

  @Test
  void aRuleThatRanOnTheRecordDoesNotRunAgainOnItsCode() {
    RulePack pack = RulePack.builder("test", "1", "100000")
        .rules(new io.github.jiceng.governance.rules.testing.EveryRecordRule(), new CreditCodeCheckCharacterRule())
        .build();
    UnifiedSocialCreditCode valid = validCode();
    UnifiedSocialCreditCode bad = UnifiedSocialCreditCode.parseLenient(valid.value().substring(0, 17)
        + CHARSET.charAt((CHARSET.indexOf(valid.checkCharacter()) + 1) % CHARSET.length()));

    List<Finding> found = Validator.builder(pack).rethrowRuleFailures(true).build().validate(organisation(bad))
        .findings();

    assertThat(keys(found)).containsExactly("id.uscc.check-character /creditCode", "meeting.record.seen ");
  }

  private static Validator validator(RecordTypes types) {
    return Validator.builder(PACK).recordTypes(types).rethrowRuleFailures(true).build();
  }

  private static void assertOneFindingAtTheCode(UnifiedSocialCreditCode bad, String ruleId,
      UnifiedSocialCreditCode valid) {
    Finding alone = standalone(bad).stream().filter(f -> f.code().value().equals(ruleId)).findFirst().orElseThrow();
    assertThat(standalone(bad)).hasSize(1);
    for (Function<UnifiedSocialCreditCode, Object> record : List.<Function<UnifiedSocialCreditCode, Object>>of(
        CreditCodesInRecordsTest::organisation, CreditCodesInRecordsTest::committee)) {
      List<Finding> found = findings(record.apply(bad));
      List<Finding> ids = ids(found);
      assertThat(ids).singleElement().satisfies(f -> {
        assertThat(f.code().value()).isEqualTo(ruleId);
        assertSameAs(f, alone);
      });
      // nothing else changes: the record's other findings are those of the same record with a valid code
      List<String> others = keys(found.stream().filter(f -> !ids.contains(f)).collect(Collectors.toList()));
      assertThat(others).isEqualTo(keys(findings(record.apply(valid))));
      Object recordWithBadCode = record.apply(bad);
      assertThat(ids.get(0).subject()).isEqualTo(recordWithBadCode instanceof SocialOrganisation
          ? Subject.of("social-organisation", ((SocialOrganisation) recordWithBadCode).id())
          : Subject.of("community-committee", ((CommunityCommittee) recordWithBadCode).id()));
    }
  }

  /** Same rule, severity, messages and legal bases as the standalone finding; about the record, at /creditCode. */
  private static void assertSameAs(Finding inRecord, Finding alone) {
    assertThat(inRecord.code()).isEqualTo(alone.code());
    assertThat(inRecord.severity()).isEqualTo(alone.severity());
    assertThat(inRecord.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(alone.message(Locale.SIMPLIFIED_CHINESE));
    assertThat(inRecord.message(Locale.ENGLISH)).isEqualTo(alone.message(Locale.ENGLISH));
    assertThat(inRecord.legalBases()).isEqualTo(alone.legalBases()).isNotEmpty();
    assertThat(inRecord.attributes()).isEqualTo(alone.attributes());
    assertThat(inRecord.location().pointer()).isEqualTo(CREDIT_CODE);
    assertThat(alone.location().pointer()).isEqualTo(JsonPointer.root());
    assertThat(inRecord.subject().type()).isIn("social-organisation", "community-committee");
  }

  private static List<Finding> ids(List<Finding> findings) {
    return findings.stream().filter(f -> f.code().value().startsWith("id.uscc.")).collect(Collectors.toList());
  }

  private static List<String> keys(List<Finding> findings) {
    List<String> keys = new ArrayList<>();
    findings.forEach(f -> keys.add(f.code().value() + " " + f.location().pointer()));
    keys.sort(null);
    return keys;
  }
}
