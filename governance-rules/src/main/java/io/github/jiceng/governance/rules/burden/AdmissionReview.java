package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionOutcome;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.AssignmentMode;
import io.github.jiceng.governance.core.burden.DecisionReason;
import io.github.jiceng.governance.core.burden.FundingOffer;
import io.github.jiceng.governance.core.burden.ImmutableAdmissionDecision;
import io.github.jiceng.governance.core.burden.ItemFunding;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.ListCatalogues;
import io.github.jiceng.governance.core.burden.ListKind;
import io.github.jiceng.governance.core.burden.ListedItem;
import io.github.jiceng.governance.core.burden.ReasonKind;
import io.github.jiceng.governance.core.id.DivisionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The admission review (工作事项准入审查): decides a request from the lists in force on its date.
 *
 * <p>For each target (grouped when they share lists):
 *
 * <ol>
 *   <li>a task that falls under a negative-list item is {@linkplain AdmissionOutcome#REFUSED refused}, whatever else
 *       it claims;
 *   <li>a task on the assistance list is {@linkplain AdmissionOutcome#ADMITTED_ON_LIST admitted}; without funding
 *       (unless the list says the item needs none) the decision says that funding must follow the task;
 *   <li>any other task is not on the assistance list: ordered by administrative command it is refused; bought as a
 *       service it is {@linkplain AdmissionOutcome#ADMITTED_BY_PURCHASE_OF_SERVICES admitted through purchase of
 *       services}; proposed for the lists it is {@linkplain AdmissionOutcome#REFERRED_FOR_APPROVAL referred} to the
 *       approving level of the catalogue's approval path (district to city in 渝北区; without a recorded path, to
 *       the government of the nearest catalogue's jurisdiction, or of the department's own jurisdiction if no lists
 *       are in force); otherwise it is refused.
 * </ol>
 *
 * <p>The request's outcome is the most restrictive of its groups (refused, then referred, then purchase of services,
 * then on the list); the reasons are those of all groups. The decision is dated with the day given, or the request
 * date. The rules in this package report the same judgements as findings; the review gives the decision itself.
 *
 * <pre>{@code
 * AdmissionReview review = AdmissionReview.of(BundledCatalogues.CHONGQING.catalogues());
 * AdmissionDecision decision = review.decide(request);
 * decision.explain(Locale.SIMPLIFIED_CHINESE);
 * }</pre>
 */
public final class AdmissionReview {
  private static final String FUNDING_BASIS = "中华人民共和国村民委员会组织法（2018年修正）第三十七条；"
      + "重庆市实施《中华人民共和国村民委员会组织法》办法第十八条；权随责走、费随事转";

  private final ListCatalogues catalogues;

  private AdmissionReview(ListCatalogues catalogues) {
    this.catalogues = Objects.requireNonNull(catalogues, "catalogues");
  }

  /**
   * Returns a review against catalogues.
   *
   * @param catalogues the catalogues, not null
   * @return the review
   */
  public static AdmissionReview of(ListCatalogues catalogues) {
    return new AdmissionReview(catalogues);
  }

  /**
   * Decides a request by the lists in force on its date, dated the request date.
   *
   * @param request the request, not null
   * @return the decision
   */
  public AdmissionDecision decide(AdmissionRequest request) {
    return decide(request, request.date());
  }

  /**
   * Decides a request by the lists in force on its date, dated a given day.
   *
   * @param request the request, not null
   * @param decisionDate the day of the decision, not null
   * @return the decision
   */
  public AdmissionDecision decide(AdmissionRequest request, LocalDate decisionDate) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(decisionDate, "decisionDate");
    AdmissionOutcome outcome = AdmissionOutcome.ADMITTED_ON_LIST;
    Set<DecisionReason> reasons = new LinkedHashSet<>();
    Set<String> used = new LinkedHashSet<>();
    DivisionCode referredTo = null;
    for (TargetGroup group : TargetGroup.of(request, catalogues, request.date())) {
      group.lists().chain().forEach(c -> used.add(c.ref()));
      Judgement judgement = judge(request, group);
      reasons.addAll(judgement.reasons);
      if (judgement.outcome.ordinal() > outcome.ordinal()) {
        outcome = judgement.outcome;
      }
      if (judgement.outcome == AdmissionOutcome.REFERRED_FOR_APPROVAL && referredTo == null) {
        referredTo = judgement.approver;
      }
    }
    ImmutableAdmissionDecision.Builder decision = AdmissionDecision.builder()
        .requestId(request.id()).date(decisionDate).outcome(outcome)
        .addAllReasons(reasons).addAllCatalogues(used);
    if (outcome == AdmissionOutcome.REFERRED_FOR_APPROVAL) {
      decision.referredTo(referredTo);
    }
    return decision.build();
  }

  /**
   * Decides many requests, such as those read from a file, in order.
   *
   * @param requests the requests, not null
   * @return the decisions, one per request, each dated its request's date
   */
  public List<AdmissionDecision> decideAll(Iterable<AdmissionRequest> requests) {
    Objects.requireNonNull(requests, "requests");
    List<AdmissionDecision> decisions = new ArrayList<>();
    requests.forEach(request -> decisions.add(decide(request)));
    return List.copyOf(decisions);
  }

  /**
   * Decides a stream of requests lazily, for large inputs.
   *
   * @param requests the requests, not null
   * @return the decisions, in order
   */
  public Stream<AdmissionDecision> decide(Stream<AdmissionRequest> requests) {
    return Objects.requireNonNull(requests, "requests").map(this::decide);
  }

  /**
   * Returns the catalogues the review uses.
   *
   * @return the catalogues
   */
  public ListCatalogues catalogues() {
    return catalogues;
  }

  private static Judgement judge(AdmissionRequest request, TargetGroup group) {
    String ref = group.lists().ref();
    List<DecisionReason> reasons = new ArrayList<>();
    group.match().unknownIds().forEach(id -> reasons.add(
        DecisionReason.builder().kind(ReasonKind.UNKNOWN_ITEM).itemId(id).catalogue(ref).build()));
    if (group.match().isNegative()) {
      group.match().on(ListKind.NEGATIVE).forEach(i -> reasons.add(0, DecisionReason.about(ReasonKind.NEGATIVE_LIST,
          i, ref)));
      return new Judgement(AdmissionOutcome.REFUSED, reasons, null);
    }
    if (group.match().isAssistance()) {
      List<ListedItem> assistance = group.match().on(ListKind.ASSIST_GOVERNMENT);
      assistance.forEach(i -> reasons.add(DecisionReason.about(ReasonKind.ON_ASSISTANCE_LIST, i, ref)));
      if (needsFunding(request, assistance)) {
        reasons.add(DecisionReason.builder().kind(ReasonKind.FUNDING_MISSING).basis(FUNDING_BASIS).build());
      }
      return new Judgement(AdmissionOutcome.ADMITTED_ON_LIST, reasons, null);
    }
    if (group.lists().isEmpty()) {
      reasons.add(DecisionReason.of(ReasonKind.NO_CATALOGUE));
    }
    group.match().matched().forEach(i -> reasons.add(DecisionReason.about(ReasonKind.OTHER_LIST, i, ref)));
    reasons.add(DecisionReason.builder().kind(ReasonKind.NOT_ON_ASSISTANCE_LIST).catalogue(ref).build());
    if (request.mode() == AssignmentMode.ADMINISTRATIVE_ORDER) {
      reasons.add(DecisionReason.of(ReasonKind.ADMINISTRATIVE_ORDER));
      return new Judgement(AdmissionOutcome.REFUSED, reasons, null);
    }
    if (request.funding() == FundingOffer.PURCHASE_OF_SERVICES) {
      reasons.add(DecisionReason.of(ReasonKind.PURCHASE_OF_SERVICES));
      return new Judgement(AdmissionOutcome.ADMITTED_BY_PURCHASE_OF_SERVICES, reasons, null);
    }
    if (request.proposesListAddition()) {
      DivisionCode approver = approver(request, group);
      reasons.add(DecisionReason.builder().kind(ReasonKind.REFERRED).approver(approver).catalogue(ref).build());
      return new Judgement(AdmissionOutcome.REFERRED_FOR_APPROVAL, reasons, approver);
    }
    return new Judgement(AdmissionOutcome.REFUSED, reasons, null);
  }

  /**
   * Returns whether an assistance task lacks the funding its items need: the request offers none and not every item
   * is listed as needing none.
   */
  static boolean needsFunding(AdmissionRequest request, List<ListedItem> assistance) {
    return request.funding() == FundingOffer.NONE
        && assistance.stream().anyMatch(i -> i.item().funding() != ItemFunding.NONE);
  }

  /**
   * Returns who approves list changes for a group: the approver of the nearest catalogue with an approval path, else
   * the nearest catalogue's jurisdiction, else the department's own jurisdiction.
   */
  static DivisionCode approver(AdmissionRequest request, TargetGroup group) {
    List<ListCatalogue> chain = group.lists().chain();
    return chain.stream().filter(c -> c.approvalPath().isPresent()).findFirst()
        .map(c -> c.approvalPath().orElseThrow().approver())
        .orElse(chain.isEmpty() ? request.departmentJurisdiction() : chain.get(0).jurisdiction());
  }

  /** Returns for example {@code "AdmissionReview[chongqing@2019, chongqing@2024, ...]"}. */
  @Override
  public String toString() {
    return "AdmissionReview" + catalogues.all().stream().map(ListCatalogue::ref).collect(Collectors.toList());
  }

  /** The judgement of one group. */
  private static final class Judgement {
    private final AdmissionOutcome outcome;
    private final List<DecisionReason> reasons;
    private final DivisionCode approver;

    Judgement(AdmissionOutcome outcome, List<DecisionReason> reasons, DivisionCode approver) {
      this.outcome = outcome;
      this.reasons = reasons;
      this.approver = approver;
    }
  }
}
