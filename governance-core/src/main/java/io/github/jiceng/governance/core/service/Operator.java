package io.github.jiceng.governance.core.service;

import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who runs a service unit (运营主体): the {@link OperationMode} and, for purchased services, the social organisation
 * that runs it (a reference to a {@code social-organisation} record of the linkage model).
 *
 * <p>Construction requires an organisation for {@link OperationMode#PURCHASED_SERVICE} and none for {@link
 * OperationMode#GOVERNMENT_RUN}, and that the organisation is a {@link ActorType#SOCIAL_ORGANISATION}: anything else
 * does not say who runs the unit. Whether the organisation exists is for the rules.
 *
 * <pre>{@code
 * Operator zhicheng = Operator.purchasedFrom(ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-ZC"));
 * Operator bureau = Operator.governmentRun();
 * }</pre>
 */
@Value.Immutable
public abstract class Operator {
  Operator() {
  }

  /**
   * Returns a government-run operator.
   *
   * @return the operator
   */
  public static Operator governmentRun() {
    return new ImmutableOperator.Builder().mode(OperationMode.GOVERNMENT_RUN).build();
  }

  /**
   * Returns a social organisation running the unit under a purchase-of-services contract.
   *
   * @param organisation the organisation, a {@link ActorType#SOCIAL_ORGANISATION} reference, not null
   * @return the operator
   * @throws IllegalArgumentException if the reference is not to a social organisation
   * @throws NullPointerException if {@code organisation} is null
   */
  public static Operator purchasedFrom(ActorRef organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return new ImmutableOperator.Builder().mode(OperationMode.PURCHASED_SERVICE).organisation(organisation).build();
  }

  /**
   * Returns how the unit is run.
   *
   * @return the mode
   */
  public abstract OperationMode mode();

  /**
   * Returns the social organisation that runs the unit under a purchase-of-services contract.
   *
   * @return the organisation, present exactly for {@link OperationMode#PURCHASED_SERVICE}
   */
  public abstract Optional<@Valid ActorRef> organisation();

  @Value.Check
  void check() {
    if (mode() == OperationMode.PURCHASED_SERVICE && organisation().isEmpty()) {
      throw new IllegalArgumentException("Operator: purchased services need the social organisation that runs the"
          + " unit; expected organisation(ActorRef.of(ActorType.SOCIAL_ORGANISATION, id))");
    }
    if (mode() == OperationMode.GOVERNMENT_RUN && organisation().isPresent()) {
      throw new IllegalArgumentException("Operator: a government-run unit has no operating organisation, but got "
          + organisation().get() + "; use OperationMode.PURCHASED_SERVICE");
    }
    if (organisation().isPresent() && organisation().get().type() != ActorType.SOCIAL_ORGANISATION) {
      throw new IllegalArgumentException("Operator: the operating organisation " + organisation().get()
          + " is not a social organisation; expected a social-organisation reference");
    }
  }

  /** Returns for example {@code "PURCHASED_SERVICE social-organisation:ORG-ZC"} or {@code "GOVERNMENT_RUN"}. */
  @Override
  public String toString() {
    return mode() + organisation().map(o -> " " + o).orElse("");
  }
}
