package io.github.jiceng.governance.core.linkage.organisation;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A social organisation (社会组织): a social group, social service organisation, foundation or filed community social
 * organisation, with the legal status, credit code and registration its record states, its business scope and
 * service areas, and its charity status and public-fundraising qualification.
 *
 * <p>The record may be inconsistent (a filed organisation with a credit code, a kind that disagrees with the code's
 * prefix, a qualification applied for too early); the rules report that ({@code linkage.organisation.*}).
 * Construction only requires that a qualification is not granted before the organisation is registered.
 *
 * <pre>{@code
 * SocialOrganisation zhicheng = SocialOrganisation.builder()
 *     .id("ORG-0001").name("开州区志成社会工作服务中心")
 *     .kind(SocialOrganisationKind.SOCIAL_SERVICE_ORGANISATION).legalStatus(LegalStatus.LEGAL_PERSON)
 *     .creditCode(UnifiedSocialCreditCode.parse(code)).registeredOn(LocalDate.of(2018, 3, 1))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class SocialOrganisation {
  SocialOrganisation() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableSocialOrganisation.Builder builder() {
    return new ImmutableSocialOrganisation.Builder();
  }

  /**
   * Returns the record's id, the key other records use to refer to it (a filed organisation has no credit code, so
   * the id is separate).
   *
   * @return the id; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the organisation's name.
   *
   * @return the name; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String name();

  /**
   * Returns the kind of organisation the record states.
   *
   * @return the kind
   */
  public abstract SocialOrganisationKind kind();

  /**
   * Returns the legal status the record states.
   *
   * @return the status
   */
  public abstract LegalStatus legalStatus();

  /**
   * Returns the unified social credit code; registered organisations have one, filed ones do not.
   *
   * @return the code, or empty
   */
  public abstract Optional<UnifiedSocialCreditCode> creditCode();

  /**
   * Returns the day the organisation was registered (登记) or filed (备案).
   *
   * @return the day, or empty if not recorded
   */
  public abstract Optional<LocalDate> registeredOn();

  /**
   * Returns the name of the authority that registered or filed the organisation (登记管理机关/备案机关).
   *
   * @return for example {@code 开州区民政局}, or empty
   */
  public abstract Optional<String> registeringAuthority();

  /**
   * Returns the division of the registering authority.
   *
   * @return the division code, or empty
   */
  public abstract Optional<DivisionCode> registeringDivision();

  /**
   * Returns the business scope (业务范围) in the registration certificate.
   *
   * @return the scope, or empty
   */
  public abstract Optional<String> businessScope();

  /**
   * Returns the divisions where the organisation provides services (服务区域).
   *
   * @return the division codes, possibly none
   */
  public abstract List<DivisionCode> serviceAreas();

  /**
   * Returns whether the organisation is a community social organisation (社区社会组织): based in and serving one or a
   * few communities. Filed organisations always are; registered ones may be.
   *
   * @return true for a community social organisation; by default true for a filed organisation, false otherwise
   */
  @Value.Default
  public boolean communityBased() {
    return kind() == SocialOrganisationKind.FILED_COMMUNITY_ORGANISATION;
  }

  /**
   * Returns the day the organisation was registered or recognised as a charity organisation (慈善组织, 慈善法 Art
   * 10).
   *
   * @return the day, or empty if it is not a charity organisation
   */
  public abstract Optional<LocalDate> charityRecognisedOn();

  /**
   * Returns the public-fundraising qualification (公开募捐资格).
   *
   * @return the qualification, or empty if the organisation never held one
   */
  public abstract Optional<PublicFundraisingQualification> publicFundraising();

  /**
   * Returns whether the record says the organisation is a charity organisation.
   *
   * @return true if {@link #charityRecognisedOn()} is present
   */
  public final boolean isCharity() {
    return charityRecognisedOn().isPresent();
  }

  /**
   * Returns whether the organisation holds the public-fundraising qualification on a day.
   *
   * @param date the day, not null
   * @return true if it has a qualification held on that day
   * @throws NullPointerException if {@code date} is null
   */
  public final boolean holdsPublicFundraisingQualificationOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return publicFundraising().map(q -> q.isHeldOn(date)).orElse(false);
  }

  @Value.Check
  void check() {
    if (registeredOn().isPresent() && publicFundraising().isPresent()
        && publicFundraising().get().grantedOn().isBefore(registeredOn().get())) {
      throw new IllegalArgumentException("SocialOrganisation '" + id() + "': public-fundraising qualification granted on "
          + publicFundraising().get().grantedOn() + " before the organisation was registered on "
          + registeredOn().get());
    }
  }

  /** Returns for example {@code "SocialOrganisation[ORG-0001 开州区志成社会工作服务中心 SOCIAL_SERVICE_ORGANISATION ...]"}. */
  @Override
  public String toString() {
    return "SocialOrganisation[" + id() + " " + name() + " " + kind() + ", " + legalStatus()
        + creditCode().map(c -> ", " + c).orElse("") + registeredOn().map(d -> ", registered " + d).orElse("")
        + (isCharity() ? ", charity" : "") + publicFundraising().map(q -> ", " + q).orElse("") + "]";
  }
}
