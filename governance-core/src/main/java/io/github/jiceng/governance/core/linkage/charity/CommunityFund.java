package io.github.jiceng.governance.core.linkage.charity;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.ActorRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A community charity or public-welfare fund (社区慈善基金/社区公益基金): in practice a special fund (专项基金) held by a
 * charity organisation that has the public-fundraising qualification, such as a district charity federation (慈善会);
 * the fund itself is not a legal person. It receives donations and disburses to community projects.
 *
 * <p>The opening balance, receipts and disbursements let the rules check that the fund never pays out more than it
 * has received ({@code linkage.fund.overspent}).
 */
@Value.Immutable
public abstract class CommunityFund {
  CommunityFund() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableCommunityFund.Builder builder() {
    return new ImmutableCommunityFund.Builder();
  }

  /**
   * Returns the record's id.
   *
   * @return the id; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the fund's name.
   *
   * @return for example {@code 金州社区慈善基金}; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String name();

  /**
   * Returns the organisation that holds the fund, usually a charity with the public-fundraising qualification.
   *
   * @return the holder
   */
  @Valid
  public abstract ActorRef holder();

  /**
   * Returns the villages or communities the fund serves.
   *
   * @return village-level division codes, possibly none
   */
  public abstract List<DivisionCode> villageCodes();

  /**
   * Returns the day the fund was set up.
   *
   * @return the day
   */
  public abstract LocalDate establishedOn();

  /**
   * Returns the balance on the day the fund's records begin, such as start-up money.
   *
   * @return the opening balance in yuan, 0 by default
   */
  @Value.Default
  public BigDecimal openingBalance() {
    return BigDecimal.ZERO;
  }

  /**
   * Returns the donations received.
   *
   * @return the receipts
   */
  public abstract List<Donation> receipts();

  /**
   * Returns the disbursements.
   *
   * @return the disbursements
   */
  public abstract List<Disbursement> disbursements();

  /**
   * Returns the sum of the receipts.
   *
   * @return the total in yuan
   */
  public final BigDecimal totalReceipts() {
    return receipts().stream().map(Donation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Returns the sum of the disbursements.
   *
   * @return the total in yuan
   */
  public final BigDecimal totalDisbursements() {
    return disbursements().stream().map(Disbursement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Returns the sum of the disbursements to a project.
   *
   * @param projectId the project's id, not null
   * @return the total in yuan
   * @throws NullPointerException if {@code projectId} is null
   */
  public final BigDecimal disbursedTo(String projectId) {
    Objects.requireNonNull(projectId, "projectId");
    return disbursements().stream().filter(d -> d.projectId().filter(projectId::equals).isPresent())
        .map(Disbursement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Returns the balance: opening balance plus receipts less disbursements.
   *
   * @return the balance in yuan, negative if the fund is overspent
   */
  public final BigDecimal balance() {
    return openingBalance().add(totalReceipts()).subtract(totalDisbursements());
  }

  @Value.Check
  void check() {
    if (openingBalance().signum() < 0) {
      throw new IllegalArgumentException("CommunityFund '" + id() + "': opening balance "
          + openingBalance().toPlainString() + " yuan is negative");
    }
  }

  /** Returns for example {@code "CommunityFund[F-1 金州社区慈善基金 held by social-organisation:ORG-9, balance 2000.00]"}. */
  @Override
  public String toString() {
    return "CommunityFund[" + id() + " " + name() + " held by " + holder() + ", " + receipts().size() + " receipts, "
        + disbursements().size() + " disbursements, balance " + balance().toPlainString() + "]";
  }
}
