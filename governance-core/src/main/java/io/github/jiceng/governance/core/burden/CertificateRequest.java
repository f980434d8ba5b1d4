package io.github.jiceng.governance.core.burden;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A certificate request (证明申请): a resident asks a village or community committee for a certificate. It may be
 * issued only if the certificate is on the certificate list in force on the request's {@link #date()}; a certificate
 * on a "may not issue" list (不得出具) must be refused, and where a written commitment (告知承诺制) replaces the
 * certificate the resident is told so.
 *
 * <p>The certificate is matched by {@link #itemId()} if given and by name. The applicant's resident ID number is
 * personal data: {@code toString} shows it masked.
 *
 * <pre>{@code
 * CertificateRequest request = CertificateRequest.builder().id("C-2025-0031").date(LocalDate.of(2025, 4, 2))
 *     .community(DivisionCode.parse("500113002001")).certificate("亲属关系证明").build();
 * }</pre>
 */
@Value.Immutable
public abstract class CertificateRequest {
  CertificateRequest() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableCertificateRequest.Builder builder() {
    return new ImmutableCertificateRequest.Builder();
  }

  /**
   * Returns the request's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the day of the request; the lists in force on this day apply.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the village or community asked for the certificate.
   *
   * @return a village-level code
   */
  public abstract DivisionCode community();

  /**
   * Returns the certificate asked for, by name.
   *
   * @return the name, such as {@code "亲属关系证明"}
   */
  @NotBlank
  public abstract String certificate();

  /**
   * Returns the id of the listed certificate, if the request names it.
   *
   * @return the item id, or empty
   */
  public abstract Optional<String> itemId();

  /**
   * Returns what the certificate is for.
   *
   * @return the purpose, such as {@code "不动产登记"}, or empty
   */
  public abstract Optional<String> purpose();

  /**
   * Returns the applicant's resident ID number (personal data).
   *
   * @return the number, or empty
   */
  public abstract Optional<ResidentIdNumber> applicant();

  @Value.Check
  void check() {
    ItemNames.requireId("certificate request", id());
    if (community().level() != DivisionLevel.VILLAGE) {
      throw new IllegalArgumentException("certificate request " + id() + ": community " + community() + " is a "
          + community().level() + " code; expected a village-level code (12 digits with village part 001-999)");
    }
  }

  /** Returns for example {@code "CertificateRequest[C-2025-0031 2025-04-02 500113002001: 亲属关系证明]"}. */
  @Override
  public String toString() {
    return "CertificateRequest[" + id() + " " + date() + " " + community() + ": " + certificate()
        + applicant().map(a -> ", applicant " + a.masked()).orElse("") + "]";
  }
}
