package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.AssignmentMode;
import io.github.jiceng.governance.core.burden.CertificateRequest;
import io.github.jiceng.governance.core.burden.FundingOffer;
import io.github.jiceng.governance.core.burden.ImmutableAdmissionRequest;
import io.github.jiceng.governance.core.burden.ImmutableListCatalogue;
import io.github.jiceng.governance.core.burden.ItemFunding;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.ListCatalogues;
import io.github.jiceng.governance.core.burden.ListKind;
import io.github.jiceng.governance.core.burden.WorkItem;
import io.github.jiceng.governance.core.id.DivisionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Seeded generators of burden-reduction records (减负测试数据): list catalogues, admission requests and certificate
 * requests, each with the catalogues it is to be checked against, valid or with exactly one {@link BurdenDefect}.
 *
 * <p>The lists are synthetic: a district (5001xx) catalogue and, half of the time, a Chongqing city catalogue that
 * holds the assistance list and part of the negative list, so that the district's lists combine with the city's. All
 * names are illustrative. Requests are dated when both catalogues are in force (2019-2026). A valid admission request
 * is on the assistance list with funding, or unlisted and bought as a service, and starts at least 60 days after the
 * request; a valid certificate request asks for a listed certificate that no commitment replaces.
 *
 * <pre>{@code
 * BurdenCase<AdmissionRequest> refused =
 *     BurdenGenerators.admissionRequests(BurdenDefect.NEGATIVE_LIST).sample(42L, 1).get(0);
 * refused.record(); refused.catalogues(); refused.description();
 * }</pre>
 */
public final class BurdenGenerators {
  private BurdenGenerators() {
  }

  /**
   * Returns a generator of consistent list catalogues (a district's, with its city's when the city holds part of the
   * lists): unique ids, no item on two incompatible lists.
   *
   * @return the generator of the catalogue sets
   */
  public static Generator<ListCatalogues> catalogues() {
    return random -> GeneratedLists.generate(random).catalogues();
  }

  /**
   * Returns a generator of district catalogues with exactly one defect of the catalogue kind.
   *
   * @param defect {@link BurdenDefect#DUPLICATE_ID} or {@link BurdenDefect#INCOMPATIBLE_LISTS}
   * @return the generator; the case's record is the defective district catalogue
   * @throws IllegalArgumentException if the defect is not one of a catalogue
   */
  public static Generator<BurdenCase<ListCatalogue>> defectiveCatalogues(BurdenDefect defect) {
    requireKind(defect, ListCatalogue.class);
    return random -> {
      GeneratedLists lists = GeneratedLists.generate(random);
      ListCatalogue district = lists.districtCatalogue;
      List<WorkItem> own = district.items();
      WorkItem copied;
      WorkItem added;
      if (defect == BurdenDefect.DUPLICATE_ID) {
        copied = own.get(random.nextInt(own.size()));
        added = WorkItem.of(copied.id(), copied.kind(), copied.name() + "（补充）");
      } else {
        List<WorkItem> work = district.itemsOf(ListKind.SELF_GOVERNANCE);
        copied = work.get(random.nextInt(work.size()));
        added = WorkItem.of("d.x99", ListKind.NEGATIVE, copied.name());
      }
      List<WorkItem> items = new ArrayList<>(own);
      items.add(random.nextInt(items.size() + 1), added);
      ListCatalogue broken = ImmutableListCatalogue.copyOf(district).withItems(items);
      return BurdenCase.of(broken, lists.catalogues(), Optional.of(defect),
          defect.displayName(Locale.ENGLISH) + ": " + added + " beside " + copied + " in " + broken.ref());
    };
  }

  /**
   * Returns a generator of valid admission requests: no finding with the case's catalogues.
   *
   * @return the generator
   */
  public static Generator<BurdenCase<AdmissionRequest>> admissionRequests() {
    return random -> admission(GeneratedLists.generate(random), Optional.empty());
  }

  /**
   * Returns a generator of admission requests with exactly one defect.
   *
   * @param defect a defect of admission requests, such as {@link BurdenDefect#NEGATIVE_LIST}
   * @return the generator
   * @throws IllegalArgumentException if the defect is not one of an admission request
   */
  public static Generator<BurdenCase<AdmissionRequest>> admissionRequests(BurdenDefect defect) {
    requireKind(defect, AdmissionRequest.class);
    return random -> admission(GeneratedLists.generate(random), Optional.of(defect));
  }

  /**
   * Returns a generator of valid certificate requests: no finding with the case's catalogues.
   *
   * @return the generator
   */
  public static Generator<BurdenCase<CertificateRequest>> certificateRequests() {
    return random -> certificate(GeneratedLists.generate(random), Optional.empty());
  }

  /**
   * Returns a generator of certificate requests with exactly one defect (or information finding).
   *
   * @param defect a defect of certificate requests, such as {@link BurdenDefect#CERTIFICATE_MAY_NOT_ISSUE}
   * @return the generator
   * @throws IllegalArgumentException if the defect is not one of a certificate request
   */
  public static Generator<BurdenCase<CertificateRequest>> certificateRequests(BurdenDefect defect) {
    requireKind(defect, CertificateRequest.class);
    return random -> certificate(GeneratedLists.generate(random), Optional.of(defect));
  }

  private static void requireKind(BurdenDefect defect, Class<?> type) {
    Objects.requireNonNull(defect, "defect");
    if (defect.recordType() != type) {
      throw new IllegalArgumentException(defect + " is a defect of " + defect.recordType().getSimpleName()
          + ", not of " + type.getSimpleName());
    }
  }

  private static BurdenCase<AdmissionRequest> admission(GeneratedLists lists, Optional<BurdenDefect> defect) {
    var random = lists.random();
    BurdenDefect planted = defect.orElse(null);
    List<WorkItem> assistance = lists.items(ListKind.ASSIST_GOVERNMENT);
    List<WorkItem> candidates = planted != BurdenDefect.FUNDING_MISSING ? assistance
        : assistance.stream().filter(i -> i.funding() != ItemFunding.NONE).collect(Collectors.toList());
    if (candidates.isEmpty()) {
      return admission(GeneratedLists.generate(random), defect); // no item needs funding: draw other lists
    }
    WorkItem item = lists.pick(candidates);
    boolean unlistedValid = planted == null && random.nextInt(4) == 0;
    ImmutableAdmissionRequest.Builder request = AdmissionRequest.builder()
        .id("REQ-" + (1000 + random.nextInt(9000)))
        .date(lists.date)
        .requestingDepartment("区" + List.of("民政局", "卫生健康委", "应急管理局", "农业农村委").get(random.nextInt(4)))
        .departmentJurisdiction(lists.district);
    List<DivisionCode> targets = lists.targets(item.level());
    String description;
    if (planted == null && unlistedValid) {
      request.task(lists.newTask()).funding(FundingOffer.PURCHASE_OF_SERVICES);
      description = "unlisted task bought as a service";
    } else if (planted == BurdenDefect.NOT_LISTED || planted == BurdenDefect.UNLISTED_ORDER) {
      request.task(lists.newTask())
          .funding(random.nextBoolean() ? FundingOffer.NONE : FundingOffer.FUNDS_FOLLOW_TASK)
          .mode(planted == BurdenDefect.UNLISTED_ORDER
              ? AssignmentMode.ADMINISTRATIVE_ORDER : AssignmentMode.APPLICATION)
          .proposesListAddition(planted == BurdenDefect.NOT_LISTED && random.nextBoolean());
      description = "unlisted task";
    } else if (planted == BurdenDefect.NEGATIVE_LIST) {
      WorkItem negative = lists.pick(lists.items(ListKind.NEGATIVE));
      request.task(negative.name()).addItemIds(item.id()).funding(FundingOffer.FUNDS_FOLLOW_TASK)
          .mode(AssignmentMode.values()[random.nextInt(2)]);
      description = "task named like " + negative + " claiming " + item.id();
    } else {
      boolean byName = random.nextBoolean();
      request.task(byName ? item.name() : "开展" + item.name().substring(2));
      if (!byName || random.nextBoolean()) {
        request.addItemIds(item.id());
      }
      boolean noFunding = planted == BurdenDefect.FUNDING_MISSING
          || item.funding() == ItemFunding.NONE && random.nextBoolean();
      request.funding(noFunding ? FundingOffer.NONE : FundingOffer.FUNDS_FOLLOW_TASK);
      request.mode(AssignmentMode.values()[random.nextInt(2)]);
      if (planted == BurdenDefect.UNKNOWN_ITEM) {
        request.addItemIds("x.unknown" + random.nextInt(100));
      }
      description = "assistance task " + item;
    }
    if (planted == BurdenDefect.NO_LISTS) {
      targets = List.of(DivisionCode.parse(
          String.format("510104%03d%03d", 1 + random.nextInt(9), 200 + random.nextInt(50))));
      description += " in Sichuan, where no lists are in force";
    }
    request.periodStart(planted == BurdenDefect.LATE_APPLICATION
        ? lists.date.plusDays(random.nextInt(21)) : lists.date.plusDays(60 + random.nextInt(60)));
    AdmissionRequest built = request.addAllTargets(targets).build();
    return BurdenCase.of(built, lists.catalogues(), defect, (planted == null ? "valid" : planted.name()) + ": "
        + description + "; " + built);
  }

  private static BurdenCase<CertificateRequest> certificate(GeneratedLists lists, Optional<BurdenDefect> defect) {
    var random = lists.random();
    List<WorkItem> allowed = lists.items(ListKind.CERTIFICATE);
    WorkItem item;
    if (defect.isEmpty()) {
      item = allowed.get(0);
    } else if (defect.get() == BurdenDefect.CERTIFICATE_BY_COMMITMENT) {
      item = lists.pick(allowed.stream().filter(WorkItem::commitmentReplaces).collect(Collectors.toList()));
    } else if (defect.get() == BurdenDefect.CERTIFICATE_MAY_NOT_ISSUE) {
      item = lists.pick(lists.items(ListKind.CERTIFICATE_PROHIBITED));
    } else {
      item = WorkItem.builder().id("x.none").kind(ListKind.CERTIFICATE).name("无此" + allowed.get(0).name())
          .level(allowed.get(0).level()).build(); // a community the first listed certificate applies to
    }
    var request = CertificateRequest.builder()
        .id("CERT-" + (1000 + random.nextInt(9000)))
        .date(lists.date)
        .community(lists.village(item.level()))
        .certificate(item.name());
    if (defect.isEmpty() && random.nextBoolean()) {
      request.itemId(item.id());
    }
    CertificateRequest built = request.build();
    return BurdenCase.of(built, lists.catalogues(), defect,
        defect.map(Enum::name).orElse("valid") + ": " + item + "; " + built);
  }
}
