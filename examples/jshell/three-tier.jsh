// Jiceng governance SDK: the three-tier social-work service system (三级社会工作服务体系) of a district in JShell.
// Start from the repository root:
//   ./mvnw -q -pl governance-rules,governance-testkit -am package -DskipTests
//   ./mvnw -q -pl governance-rules -am dependency:build-classpath -Dmdep.outputFile=/tmp/cp-service.txt -DincludeScope=runtime -DexcludeGroupIds=io.github.jiceng
//   jshell --class-path governance-core/target/governance-core-0.1.0-SNAPSHOT.jar:governance-rules/target/governance-rules-0.1.0-SNAPSHOT.jar:governance-testkit/target/governance-testkit-0.1.0-SNAPSHOT.jar:$(cat /tmp/cp-service.txt) examples/jshell/three-tier.jsh
// The district is synthetic (the test kit's Kaizhou dataset, seed 2022); names and codes are illustrative.
import io.github.jiceng.governance.core.id.*;
import io.github.jiceng.governance.core.service.*;
import io.github.jiceng.governance.rules.*;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.rules.service.*;
import io.github.jiceng.governance.testkit.*;
import java.time.*;
import java.util.*;

// 1. A Kaizhou-like district whose 2022 profile has the source article's figures.
ServiceDataset kaizhou = ServiceGenerators.kaizhou().sample(2022L, 1).get(0);
ServiceSystem system = kaizhou.system();
System.out.println(system);
DistrictProfile profile = DistrictProfile.of(system, ReportingPeriod.year(2022));
for (ProfileFigure figure : ProfileFigure.values()) {
  System.out.printf("  %-24s %6d%n", figure.displayName(Locale.SIMPLIFIED_CHINESE), profile.figure(figure).orElseThrow());
}
System.out.println("  same as the article: " + profile.changeSince(ServiceGenerators.kaizhouArticleProfile()));

// 2. Indicators for the district in 2022: numerator / denominator, rounded half up.
for (Indicator indicator : ServiceIndicators.all()) {
  IndicatorValue value = indicator.compute(system, system.district(), ReportingPeriod.year(2022));
  System.out.printf("  %-44s %s / %s = %s %s%n", indicator.id(), value.numerator().toPlainString(),
      value.denominator().toPlainString(), value.value().map(v -> v.toPlainString()).orElse("—"),
      indicator.unit().displayName(Locale.SIMPLIFIED_CHINESE));
}

// 3. Validation on 31 December 2022 with the district's standard pack and the service lookup.
Validator validator = Validator.builder(StandardPacks.forJurisdiction("500154")).
    lookup(ServiceLookup.of(kaizhou.records())).
    asOf(LocalDate.of(2022, 12, 31)).
    build();
ValidationReport report = validator.validate(kaizhou.records());
System.out.println(report.recordCount() + " records, " + report.count(Severity.ERROR) + " errors, " + report.count(Severity.WARNING) + " warnings");
report.findings().forEach(f -> System.out.println("  " + f.severity() + " " + f.code().value() + "  " + f.message(Locale.SIMPLIFIED_CHINESE) + "\n    " + f.message(Locale.ENGLISH)));

// 4. Local standards are pack parameters: the same station passes nationally and fails the example standards.
DefectiveService broken = ServiceGenerators.defective(TerritoryShape.kaizhouLike(), ServiceDefect.STATION_CERTIFIED_SHARE_LOW).sample(7L, 1).get(0);
for (RulePack pack : List.of(StandardPacks.forJurisdiction("500154"), ServiceStandards.example(StandardPacks.forJurisdiction("500154")))) {
  ValidationReport r = Validator.builder(pack).lookup(ServiceLookup.of(broken.dataset().records())).
      asOf(broken.dataset().day()).build().validate(broken.dataset().records());
  System.out.println(pack.id() + ": " + r.findings().size() + " findings");
  r.findings().forEach(f -> System.out.println("  " + f.code().value() + "  " + f.message(Locale.SIMPLIFIED_CHINESE)));
}
/exit
