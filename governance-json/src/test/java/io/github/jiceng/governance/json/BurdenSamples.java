package io.github.jiceng.governance.json;

import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.ApprovalPath;
import io.github.jiceng.governance.core.burden.CertificateRequest;
import io.github.jiceng.governance.core.burden.ImmutableAdmissionRequest;
import io.github.jiceng.governance.core.burden.ImmutableCertificateRequest;
import io.github.jiceng.governance.core.burden.ImmutableListCatalogue;
import io.github.jiceng.governance.core.burden.ImmutableWorkItem;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.ListKind;
import io.github.jiceng.governance.core.burden.WorkItem;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.rules.burden.AdmissionReview;
import io.github.jiceng.governance.testkit.BurdenCase;
import io.github.jiceng.governance.testkit.BurdenDefect;
import io.github.jiceng.governance.testkit.BurdenGenerators;
import io.github.jiceng.governance.testkit.IdentifierGenerators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Burden records for the round-trip properties: the test kit's {@link BurdenGenerators} cases, valid or with one
 * defect (the JSON layer reads records that the rules will reject), with their optional attributes filled at random
 * with JSON-hostile text, amounts of every scale, validity ends and resident identity numbers.
 */
final class BurdenSamples {
  private BurdenSamples() {
  }

  private static BurdenDefect defectOf(Class<?> recordType, SplittableRandom random) {
    List<BurdenDefect> defects = new ArrayList<>();
    Arrays.stream(BurdenDefect.values()).filter(d -> d.recordType() == recordType).forEach(defects::add);
    return defects.get(random.nextInt(defects.size()));
  }

  private static BurdenCase<AdmissionRequest> admissionCase(SplittableRandom random) {
    return random.nextBoolean() ? BurdenGenerators.admissionRequests().generate(random)
        : BurdenGenerators.admissionRequests(defectOf(AdmissionRequest.class, random)).generate(random);
  }

  static AdmissionRequest admissionRequest(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ImmutableAdmissionRequest request = ImmutableAdmissionRequest.copyOf(admissionCase(random).record());
    if (random.nextBoolean()) {
      request = request.withTaskDescription(Samples.name(random));
    }
    if (random.nextBoolean()) {
      request = request.withPeriodEnd(request.periodStart().plusDays(random.nextInt(800)));
    }
    if (random.nextBoolean()) {
      request = request.withFundingAmount(amount(random));
    }
    if (random.nextBoolean()) {
      request = request.withLegalBasis(Samples.name(random));
    }
    return request;
  }

  /** An amount of yuan with 0 to 3 decimals, sometimes 0 or negative (the validator, not the JSON, rejects those). */
  static BigDecimal amount(SplittableRandom random) {
    return BigDecimal.valueOf(random.nextLong(-1000L, 100_000_000_000L), random.nextInt(4));
  }

  static AdmissionDecision admissionDecision(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    BurdenCase<AdmissionRequest> request = admissionCase(random);
    return AdmissionReview.of(request.catalogues()).decide(request.record(),
        request.record().date().plusDays(random.nextInt(60)));
  }

  static CertificateRequest certificateRequest(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ImmutableCertificateRequest request = ImmutableCertificateRequest.copyOf(random.nextBoolean()
        ? BurdenGenerators.certificateRequests().generate(random).record()
        : BurdenGenerators.certificateRequests(defectOf(CertificateRequest.class, random)).generate(random).record());
    if (random.nextBoolean()) {
      request = request.withPurpose(Samples.name(random));
    }
    if (random.nextBoolean()) {
      request = request.withApplicant(IdentifierGenerators.residentIdNumbers().generate(random));
    }
    return request;
  }

  static ListCatalogue listCatalogue(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ListCatalogue> catalogues = random.nextInt(3) == 0
        ? List.of(BurdenGenerators.defectiveCatalogues(defectOf(ListCatalogue.class, random)).generate(random).record())
        : BurdenGenerators.catalogues().generate(random).all();
    ImmutableListCatalogue catalogue = ImmutableListCatalogue.copyOf(catalogues.get(random.nextInt(catalogues.size())));
    if (random.nextBoolean()) {
      catalogue = catalogue.withSourceUrl("https://example.org/" + random.nextInt(1000)).withIssuedBy(
          Samples.name(random));
    }
    if (random.nextBoolean()) {
      catalogue = catalogue.withEffectiveUntil(catalogue.effectiveFrom().plusDays(1 + random.nextInt(2000)))
          .withPreviousVersion("0");
    }
    if (random.nextBoolean()) {
      DivisionCode proposer = catalogue.jurisdiction();
      DivisionCode approver = proposer.ancestorAt(DivisionLevel.PROVINCE);
      catalogue = catalogue.withApprovalPath(random.nextBoolean() ? ApprovalPath.of(proposer, approver)
          : ApprovalPath.builder().proposer(proposer).approver(approver).description(Samples.name(random)).build())
          .withApprovedBy(approver);
    }
    if (random.nextBoolean()) {
      Map<ListKind, Integer> counts = new EnumMap<>(ListKind.class);
      for (ListKind kind : ListKind.values()) {
        if (random.nextBoolean()) {
          counts.put(kind, random.nextInt(60));
        }
      }
      catalogue = catalogue.withStatedCounts(counts).withNote(Samples.name(random));
    }
    List<WorkItem> items = new ArrayList<>();
    for (WorkItem item : catalogue.items()) {
      items.add(random.nextInt(4) == 0 ? described(ImmutableWorkItem.copyOf(item), random) : item);
    }
    return catalogue.withItems(items);
  }

  private static WorkItem described(ImmutableWorkItem item, SplittableRandom random) {
    return item.withDescription(Samples.name(random)).withLegalBasis(Samples.name(random))
        .withResponsibleDepartment(Samples.name(random)).withNote(Samples.name(random))
        .withIllustrative(random.nextBoolean());
  }
}
