package io.github.jiceng.governance.rules.burden;

import static io.github.jiceng.governance.rules.burden.BurdenFixtures.BANAN_COMMUNITY;
import static io.github.jiceng.governance.rules.burden.BurdenFixtures.KAIZHOU_COMMUNITY;
import static io.github.jiceng.governance.rules.burden.BurdenFixtures.YUBEI_COMMUNITY;
import static io.github.jiceng.governance.rules.burden.BurdenFixtures.codes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.burden.CertificateRequest;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The certificate rules against the bundled Chongqing lists. */
class CertificateRulesTest {
  private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 10);
  private static final Validator CHONGQING = Validator.builder(StandardPacks.chongqing())
      .rethrowRuleFailures(true).build();

  private static CertificateRequest request(DivisionCode community, LocalDate date, String certificate) {
    return CertificateRequest.builder().id("C-1").date(date).community(community).certificate(certificate)
        .applicant(ResidentIdNumber.parse("11010519491231002X")).build();
  }

  private static List<Finding> findings(CertificateRequest request) {
    return CHONGQING.validate(request).findings();
  }

  @Test
  void aCertificateTheCommunityMayNotIssueIsNamedAsSuch() {
    assertThat(findings(request(BANAN_COMMUNITY, JAN_2025, "亲属关系证明"))).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("burden.certificate.may-not-issue");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE))
          .isEqualTo("证明“亲属关系证明”属于500113002003不得出具的证明事项（banan@2024第bn.p01项）");
      assertThat(f.message(Locale.ENGLISH)).contains("may not issue");
      assertThat(f.message(Locale.ENGLISH)).doesNotContain("11010519491231002X");
    });
  }

  @Test
  void aListedCertificateMayBeIssued() {
    assertThat(findings(request(BANAN_COMMUNITY, JAN_2025, "用于不动产登记的相关证明"))).isEmpty();
  }

  @Test
  void anUnlistedCertificateMustNotBeIssued() {
    assertThat(findings(request(BANAN_COMMUNITY, JAN_2025, "邻里关系和睦证明"))).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("burden.certificate.not-listed");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("Certificate \"邻里关系和睦证明\" is not on the certificate list"
          + " of banan@2024+chongqing@2024 for 500113002003 and must not be issued");
    });
  }

  @Test
  void aCommitmentReplacesSomeCertificates() {
    // yb.c04 家庭经济状况证明 is marked as replaced by a written commitment (illustrative data).
    assertThat(findings(request(YUBEI_COMMUNITY, JAN_2025, "家庭经济状况证明"))).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("burden.certificate.commitment-applies");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("告知承诺制").contains("yb.c04");
    });
    assertThat(findings(request(YUBEI_COMMUNITY, JAN_2025, "居住情况证明（无本地户籍居民）"))).isEmpty();
  }

  @Test
  void withoutACertificateListTheRequestIsNotChecked() {
    // 开州区 in 2023: only the city's 2019 lists, which record no certificates.
    assertThat(findings(request(KAIZHOU_COMMUNITY, LocalDate.of(2023, 5, 5), "亲属关系证明"))).singleElement()
        .satisfies(f -> {
          assertThat(f.code().value()).isEqualTo("burden.certificate.no-lists");
          assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    assertThat(codes(Validator.builder(StandardPacks.national()).rethrowRuleFailures(true).build()
        .validate(request(BANAN_COMMUNITY, JAN_2025, "亲属关系证明")).findings()))
        .containsExactly("burden.certificate.no-lists");
    // From 2024-12-31 the city's 7 certificates apply in 开州区, so the same request is not listed.
    assertThat(codes(findings(request(KAIZHOU_COMMUNITY, JAN_2025, "亲属关系证明"))))
        .containsExactly("burden.certificate.not-listed");
  }

  @Test
  void theCertificateIsMatchedByItemIdToo() {
    CertificateRequest byId = CertificateRequest.builder().id("C-2").date(JAN_2025).community(BANAN_COMMUNITY)
        .certificate("不动产登记用证明").itemId("bn.c01").purpose("不动产登记").build();

    assertThat(findings(byId)).isEmpty();
    assertThat(byId.toString()).doesNotContain("11010519491231002X");
    assertThat(request(BANAN_COMMUNITY, JAN_2025, "x").toString()).contains("110105********002X");
  }
}
