package io.github.jiceng.governance.rules.burden;

import static io.github.jiceng.governance.rules.burden.BurdenFixtures.codes;
import static io.github.jiceng.governance.rules.burden.BurdenFixtures.pack;
import static io.github.jiceng.governance.rules.burden.BurdenFixtures.seeded;
import static io.github.jiceng.governance.rules.burden.BurdenFixtures.validator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionOutcome;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.CertificateRequest;
import io.github.jiceng.governance.core.burden.ListCatalogues;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.testkit.BurdenCase;
import io.github.jiceng.governance.testkit.BurdenDefect;
import io.github.jiceng.governance.testkit.BurdenGenerators;
import io.github.jiceng.governance.testkit.Generator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The test kit's burden cases through the validator: valid ones give no finding, defective ones exactly theirs. */
class GeneratedCasesTest {
  private static final Map<BurdenDefect, String> EXPECTED = Map.ofEntries(
      Map.entry(BurdenDefect.NEGATIVE_LIST, "burden.admission.negative-list"),
      Map.entry(BurdenDefect.NOT_LISTED, "burden.admission.not-listed"),
      Map.entry(BurdenDefect.UNLISTED_ORDER, "burden.admission.unlisted-order"),
      Map.entry(BurdenDefect.FUNDING_MISSING, "burden.admission.funding-missing"),
      Map.entry(BurdenDefect.UNKNOWN_ITEM, "burden.admission.unknown-item"),
      Map.entry(BurdenDefect.NO_LISTS, "burden.admission.no-lists"),
      Map.entry(BurdenDefect.LATE_APPLICATION, "burden.admission.late-application"),
      Map.entry(BurdenDefect.CERTIFICATE_NOT_LISTED, "burden.certificate.not-listed"),
      Map.entry(BurdenDefect.CERTIFICATE_MAY_NOT_ISSUE, "burden.certificate.may-not-issue"),
      Map.entry(BurdenDefect.CERTIFICATE_BY_COMMITMENT, "burden.certificate.commitment-applies"),
      Map.entry(BurdenDefect.DUPLICATE_ID, "burden.catalogue.duplicate-id"),
      Map.entry(BurdenDefect.INCOMPATIBLE_LISTS, "burden.catalogue.incompatible-lists"));

  private static List<Finding> check(BurdenCase<?> generated) {
    return validator(pack(generated.catalogues())).validate(generated.record()).findings();
  }

  @Test
  void validAdmissionRequestsHaveNoFindingsAndAreAdmitted() {
    qt().withExamples(150).forAll(seeded(BurdenGenerators.admissionRequests())).checkAssert(generated -> {
      assertThat(check(generated)).as(generated.description()).isEmpty();
      assertThat(AdmissionReview.of(generated.catalogues()).decide(generated.record()).outcome().isAdmitted())
          .as(generated.description()).isTrue();
    });
  }

  @Test
  void validCertificateRequestsAndCataloguesHaveNoFindings() {
    qt().withExamples(100).forAll(seeded(BurdenGenerators.certificateRequests())).checkAssert(generated ->
        assertThat(check(generated)).as(generated.description()).isEmpty());
    qt().withExamples(100).forAll(seeded(BurdenGenerators.catalogues())).checkAssert(catalogues -> {
      Validator validator = Validator.builder(pack(catalogues)).rethrowRuleFailures(true)
          .lookup(RecordLookup.ofRecords(catalogues.all())).build();
      assertThat(validator.validate(catalogues.all()).findings()).as(catalogues.toString()).isEmpty();
    });
  }

  @ParameterizedTest
  @EnumSource(BurdenDefect.class)
  void eachDefectGivesExactlyItsFinding(BurdenDefect defect) {
    qt().withExamples(60).forAll(seeded(cases(defect))).checkAssert(generated -> {
      List<Finding> findings = check(generated);
      assertThat(codes(findings)).as(generated.description()).containsExactly(EXPECTED.get(defect));
      assertThat(generated.defect()).contains(defect);
    });
  }

  @Test
  void theReviewAgreesWithThePlantedAdmissionDefects() {
    for (BurdenDefect defect : Arrays.asList(BurdenDefect.NEGATIVE_LIST, BurdenDefect.UNLISTED_ORDER,
        BurdenDefect.NOT_LISTED, BurdenDefect.FUNDING_MISSING)) {
      qt().withExamples(40).forAll(seeded(BurdenGenerators.admissionRequests(defect))).checkAssert(generated -> {
        AdmissionRequest request = generated.record();
        AdmissionDecision decision = AdmissionReview.of(generated.catalogues()).decide(request);
        AdmissionOutcome expected = defect == BurdenDefect.FUNDING_MISSING ? AdmissionOutcome.ADMITTED_ON_LIST
            : defect == BurdenDefect.NOT_LISTED && request.proposesListAddition()
                ? AdmissionOutcome.REFERRED_FOR_APPROVAL : AdmissionOutcome.REFUSED;
        assertThat(decision.outcome()).as(generated.description()).isEqualTo(expected);
      });
    }
  }

  @Test
  void aDecisionThatAdmitsANegativeListTaskIsAnError() {
    qt().withExamples(40).forAll(seeded(BurdenGenerators.admissionRequests(BurdenDefect.NEGATIVE_LIST)))
        .checkAssert(generated -> {
          AdmissionRequest request = generated.record();
          ListCatalogues lists = generated.catalogues();
          AdmissionDecision refused = AdmissionReview.of(lists).decide(request);
          AdmissionDecision admitted = AdmissionDecision.builder().requestId(request.id()).date(request.date())
              .outcome(AdmissionOutcome.ADMITTED_ON_LIST).build();

          assertThat(validator(pack(lists), request).validate(refused).findings()).isEmpty();
          assertThat(validator(pack(lists), request).validate(admitted).findings()).singleElement()
              .satisfies(f -> {
                assertThat(f.code().value()).isEqualTo("burden.decision.admits-negative");
                assertThat(f.subject()).isEqualTo(Subject.of("admission-decision", request.id()));
              });
          assertThat(validator(pack(lists)).validate(admitted).findings()).as("request not in the lookup").isEmpty();
        });
  }

  private static Generator<BurdenCase<?>> cases(BurdenDefect defect) {
    if (defect.recordType() == AdmissionRequest.class) {
      return BurdenGenerators.admissionRequests(defect).<BurdenCase<?>>map(c -> c);
    }
    if (defect.recordType() == CertificateRequest.class) {
      return BurdenGenerators.certificateRequests(defect).<BurdenCase<?>>map(c -> c);
    }
    return BurdenGenerators.defectiveCatalogues(defect).<BurdenCase<?>>map(c -> c);
  }
}
