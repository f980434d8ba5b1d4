package io.github.jiceng.governance.core.linkage.project;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.LinkageActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A five-society linkage project (五社联动项目): a community service project run through the stages "need discovered
 * by the community → designed by a social worker → implemented by a community social organisation → funded by the
 * community fund → volunteers take part → evaluation", with its budget and funding, the volunteer service records
 * and hours it claims, and the people it serves.
 *
 * <p>The record states whether it claims to be a five-society linkage project ({@link #claimsFiveSocietyLinkage()});
 * the rules check the claim against the actors actually involved ({@link #actorsInvolved()}), the stages' actors and
 * order, and that funding, hours and design trace to records ({@code linkage.project.*}).
 *
 * <pre>{@code
 * LinkageProject project = LinkageProject.builder()
 *     .id("P-2026-001").name("顶星村留守儿童心理健康与安全教育").addVillageCodes(DivisionCode.parse("500154101201"))
 *     .claimsFiveSocietyLinkage(true)
 *     .addStages(ProjectStage.of(StageKind.NEED_DISCOVERY, committee, LocalDate.of(2026, 3, 2)))
 *     ...
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class LinkageProject {
  LinkageProject() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableLinkageProject.Builder builder() {
    return new ImmutableLinkageProject.Builder();
  }

  /**
   * Returns the record's id.
   *
   * @return the id; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the project's name.
   *
   * @return the name; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String name();

  /**
   * Returns the villages or communities where the project runs.
   *
   * @return village-level division codes, possibly none
   */
  public abstract List<DivisionCode> villageCodes();

  /**
   * Returns whether the record presents the project as a five-society linkage project.
   *
   * @return true if it claims to link all five actors; false by default
   */
  @Value.Default
  public boolean claimsFiveSocietyLinkage() {
    return false;
  }

  /**
   * Returns the stages, in the order of the record.
   *
   * @return the stages, possibly none
   */
  public abstract List<@Valid ProjectStage> stages();

  /**
   * Returns the budget.
   *
   * @return the budget in yuan, or empty if none is recorded
   */
  public abstract Optional<BigDecimal> budget();

  /**
   * Returns the money the project received.
   *
   * @return the fundings, possibly none
   */
  public abstract List<@Valid ProjectFunding> fundings();

  /**
   * Returns the ids of the volunteer service records of the project.
   *
   * @return the ids, possibly none
   */
  public abstract List<String> serviceRecordIds();

  /**
   * Returns the volunteer hours the project claims (for example in its report).
   *
   * @return the hours, or empty if it claims none
   */
  public abstract Optional<BigDecimal> claimedVolunteerHours();

  /**
   * Returns other actors that take part without being responsible for a stage, such as a volunteer team that joins
   * the implementation.
   *
   * @return the participants, possibly none
   */
  public abstract List<@Valid ActorRef> participants();

  /**
   * Returns the people the project serves, by group.
   *
   * @return the beneficiaries, possibly none
   */
  public abstract List<@Valid Beneficiary> beneficiaries();

  /**
   * Returns the stages of a kind.
   *
   * @param kind the kind, not null
   * @return the stages of that kind, in the order of the record
   * @throws NullPointerException if {@code kind} is null
   */
  public final List<ProjectStage> stages(StageKind kind) {
    Objects.requireNonNull(kind, "kind");
    List<ProjectStage> result = new ArrayList<>();
    for (ProjectStage stage : stages()) {
      if (stage.kind() == kind) {
        result.add(stage);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Returns which of the five actors take part: those of the stages' actors, the participants and the funding
   * sources, and volunteers if the project lists service records.
   *
   * @return the actors involved
   */
  public final Set<LinkageActor> actorsInvolved() {
    Set<LinkageActor> actors = EnumSet.noneOf(LinkageActor.class);
    stages().forEach(s -> s.actor().society().ifPresent(actors::add));
    participants().forEach(p -> p.society().ifPresent(actors::add));
    fundings().forEach(f -> f.source().society().ifPresent(actors::add));
    if (!serviceRecordIds().isEmpty()) {
      actors.add(LinkageActor.VOLUNTEER);
    }
    return Collections.unmodifiableSet(actors);
  }

  /**
   * Returns whether the project is funded: it has a funding stage or received money.
   *
   * @return true if funded
   */
  public final boolean isFunded() {
    return !fundings().isEmpty() || !stages(StageKind.FUNDING).isEmpty();
  }

  /**
   * Returns the sum of the fundings.
   *
   * @return the total in yuan
   */
  public final BigDecimal totalFunding() {
    return fundings().stream().map(ProjectFunding::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Value.Check
  void check() {
    budget().ifPresent(b -> {
      if (b.signum() < 0) {
        throw new IllegalArgumentException("LinkageProject '" + id() + "': budget " + b.toPlainString()
            + " yuan is negative");
      }
    });
    claimedVolunteerHours().ifPresent(h -> {
      if (h.signum() < 0) {
        throw new IllegalArgumentException("LinkageProject '" + id() + "': claimed volunteer hours "
            + h.toPlainString() + " is negative");
      }
    });
  }

  /** Returns for example {@code "LinkageProject[P-2026-001 顶星村留守儿童..., 6 stages, five-society claim]"}. */
  @Override
  public String toString() {
    return "LinkageProject[" + id() + " " + name() + ", " + stages().size() + " stages, " + fundings().size()
        + " fundings, " + serviceRecordIds().size() + " service records"
        + (claimsFiveSocietyLinkage() ? ", claims five-society linkage" : "") + "]";
  }
}
