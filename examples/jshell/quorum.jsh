// Jiceng governance SDK: quorums, meetings and covenants in JShell.
// From the repository root:
//   ./mvnw -q -pl governance-rules,governance-testkit -am package -DskipTests
//   ./mvnw -q -pl governance-rules -am dependency:build-classpath -Dmdep.outputFile=/tmp/cp-covenant.txt
//   jshell --class-path "governance-core/target/governance-core-0.1.0-SNAPSHOT.jar:governance-rules/target/governance-rules-0.1.0-SNAPSHOT.jar:governance-testkit/target/governance-testkit-0.1.0-SNAPSHOT.jar:$(tr ':' '\n' < /tmp/cp-covenant.txt | grep -E 'hibernate-validator|jakarta.validation|jboss-logging|classmate' | paste -sd:)" examples/jshell/quorum.jsh
// (The class path takes our modules from target/, never the possibly stale copies in ~/.m2.)
import io.github.jiceng.governance.core.covenant.*;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.meeting.*;
import io.github.jiceng.governance.rules.*;
import io.github.jiceng.governance.rules.meeting.MeetingParameters;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.testkit.*;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

// 1. The quorum calculator on its own: 100 villagers aged 18+, 5 not counted (Chongqing 渝办法 Art 7), 48 attend.
var q = Quorum.villagersMeeting(100, 5, 48);
System.out.println("met? " + q.isMet() + ", required " + q.required());
System.out.println(q.explain(Locale.SIMPLIFIED_CHINESE));
System.out.println(q.explain(Locale.ENGLISH));
// "More than half" of 100 is 51, "two-thirds or more" of 100 is 67: exact integer arithmetic.
System.out.println(Threshold.MAJORITY.minimum(100) + " " + Threshold.TWO_THIRDS.minimum(100) + " " + Threshold.parse(">= 4/5").describe(Locale.CHINESE));
System.out.println(Quorum.villagersMeetingByHouseholds(300, 199));

// 2. The same meeting on either side of 2026-01-01 is judged under different law versions.
Meeting meeting(String id, LocalDate date) {
  return Meeting.builder().id(id).type(MeetingType.VILLAGERS_MEETING).base(QuorumBase.ADULTS)
      .unit(DivisionCode.parse("500154101201")).date(date).noticeDate(date.minusDays(12))
      .convenedBy(Convener.VILLAGERS_COMMITTEE).eligible(100).attended(50).womenAttended(20).build();
}
var report = Validator.of(StandardPacks.national()).validate(List.of(meeting("M-1231", LocalDate.of(2025, 12, 31)), meeting("M-0102", LocalDate.of(2026, 1, 2))));
for (Finding f : report.findings()) {
  System.out.println(f.severity() + " " + f.code() + " " + f.subject() + " provisional=" + f.attribute("provisional").orElse("-"));
  System.out.println("  " + f.message(Locale.SIMPLIFIED_CHINESE));
  System.out.println("  bases: " + f.legalBases());
}

// 3. A pack that has checked the 2026 text sets the number as data; the finding is then confirmed (ERROR).
// (JShell ends a statement at a complete line, so continued lines end with a dot or an open parenthesis.)
var checked = RulePack.builder("cn.example", "1", "100000").parent(StandardPacks.national()).
    parameter(MeetingParameters.quorum(MeetingType.VILLAGERS_MEETING, QuorumBase.ADULTS), Threshold.MAJORITY,
        ValidityPeriod.from(LocalDate.of(2026, 1, 1)), "example: number confirmed against the official text").
    build();
Validator.of(checked).validate(meeting("M-0102", LocalDate.of(2026, 1, 2))).findings().
    forEach(f -> System.out.println(f.severity() + " " + f.code() + " source=" + f.attribute("source").orElse("")));

// 4. A covenant and the meeting that adopted it, from the test kit, and one with a fine clause.
var adoption = CovenantGenerators.valid(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)).sample(42L, 1).get(0);
var validator = Validator.builder(StandardPacks.chongqing()).lookup(RecordLookup.ofRecords(adoption.records())).build();
System.out.println(adoption.covenant() + " -> findings: " + validator.validate(adoption.records()).findings().size());
var fined = CovenantGenerators.defective(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), CovenantDefect.FINE_CLAUSE).sample(42L, 1).get(0);
validator.validate(fined.adoption().records()).findings().forEach(f -> System.out.println(f.severity() + " " + f.code() + ": " + f.message(Locale.SIMPLIFIED_CHINESE)));

// 5. What changed between two versions, clause by clause.
var v2 = ImmutableCovenant.copyOf(adoption.covenant()).withId("v2").withVersion(2).
    withClauses(adoption.covenant().clauses().get(0), Clause.of(2, "爱护公共设施，垃圾分类投放。", ContentArea.PUBLIC_ORDER),
        Clause.of(6, "邻里纠纷先行协商解决。", ContentArea.DISPUTE_MEDIATION));
var diff = adoption.covenant().diff(v2);
System.out.println(diff);
diff.changes().forEach(c -> System.out.println("  " + c));
/exit
