package io.github.jiceng.governance.rules.meeting;

import static io.github.jiceng.governance.rules.meeting.Judge.codes;
import static io.github.jiceng.governance.rules.meeting.Judge.seeded;
import static io.github.jiceng.governance.rules.meeting.Judge.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiceng.governance.core.meeting.ImmutableMeeting;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.core.meeting.Requesters;
import io.github.jiceng.governance.core.meeting.Requisition;
import io.github.jiceng.governance.core.meeting.Threshold;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.LegalBasis;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.ValidityPeriod;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.testkit.MeetingGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Requisitions (提议召集): the shares of 村委会法 Art 21, 26 and 居委会法 1989 Art 9, and Chongqing's 15 days. */
class RequisitionRulesTest {
  private static final LocalDate FROM = LocalDate.of(2011, 1, 1);
  private static final LocalDate REVISED = LocalDate.of(2026, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2029, 1, 1);
  private static final LocalDate CHONGQING_MEASURES = LocalDate.of(2013, 11, 1);

  /** The law's shares, written out here from reference §3.1 (numerator, denominator), independent of the code. */
  private static final Object[][] SHARES = {
      {MeetingType.VILLAGERS_MEETING, Requesters.ADULTS, 1, 10},
      {MeetingType.VILLAGERS_MEETING, Requesters.REPRESENTATIVES, 1, 3},
      {MeetingType.VILLAGER_REPRESENTATIVE_MEETING, Requesters.REPRESENTATIVES, 1, 5},
      {MeetingType.RESIDENTS_MEETING, Requesters.ADULTS, 1, 5},
      {MeetingType.RESIDENTS_MEETING, Requesters.HOUSEHOLDS, 1, 5},
      {MeetingType.RESIDENTS_MEETING, Requesters.RESIDENT_GROUPS, 1, 3}};

  private static Object[] share(Meeting meeting, int pick) {
    List<Object[]> shares = new java.util.ArrayList<>();
    for (Object[] s : SHARES) {
      if (s[0] == meeting.type()) {
        shares.add(s);
      }
    }
    return shares.get(pick % shares.size());
  }

  /** "以上" includes the number: the least whole count c with c × d >= n × outOf. */
  private static int leastRequesters(int numerator, int denominator, int outOf) {
    int least = 0;
    while ((long) least * denominator < (long) numerator * outOf) {
      least++;
    }
    return least;
  }

  private static boolean judged(Meeting m) {
    return m.type() == MeetingType.VILLAGERS_MEETING || m.type() == MeetingType.VILLAGER_REPRESENTATIVE_MEETING
        || m.type() == MeetingType.RESIDENTS_MEETING;
  }

  private static Meeting requested(Meeting meeting, Requesters by, int requesters, int outOf, int daysBefore) {
    return ImmutableMeeting.copyOf(meeting)
        .withRequestedBy(Requisition.of(by, requesters, outOf, meeting.date().minusDays(daysBefore)));
  }

  @Test
  void aRequisitionAtItsShareIsValidAndOneRequesterFewerIsNotOnEitherSideOf2026() {
    qt().withFixedSeed(20261126L).withExamples(500).forAll(seeded(MeetingGenerators.valid(FROM, UNTIL)), integers().between(1, 5000),
        integers().between(0, 5), integers().between(0, 15)).assuming((m, outOf, pick, days) -> judged(m))
        .checkAssert((meeting, outOf, pick, days) -> {
          Object[] s = share(meeting, pick);
          Requesters by = (Requesters) s[1];
          int least = leastRequesters((Integer) s[2], (Integer) s[3], outOf);
          int atShare = Math.max(least, 1);
          for (RulePack pack : List.of(StandardPacks.national(), StandardPacks.chongqing())) {
            assertThat(validate(pack, requested(meeting, by, atShare, outOf, days)).findings())
                .as("%s of %s %s for %s", atShare, outOf, by, meeting).isEmpty();
            if (least > 1) {
              List<Finding> findings = validate(pack, requested(meeting, by, least - 1, outOf, days)).findings();
              String code = "meeting.requisition.below-threshold"
                  + (meeting.date().isBefore(REVISED) ? "" : "-provisional");
              assertThat(codes(findings)).as("%s of %s %s for %s", least - 1, outOf, by, meeting)
                  .containsExactly(code);
              assertThat(findings.get(0).attribute("required")).contains(Integer.toString(least));
              assertThat(findings.get(0).location().pointer().toString()).isEqualTo("/requestedBy/requesters");
            }
          }
        });
  }

  private static Meeting villagersMeeting(LocalDate date) {
    return MeetingRulesTest.villagersMeeting("M-REQ", date, 100, 60).build();
  }

  @Test
  void oneTenthOfAHundredVillagersIsTenAndTheFindingSaysSo() {
    LocalDate date = LocalDate.of(2024, 3, 20);
    assertThat(validate(StandardPacks.national(), requested(villagersMeeting(date), Requesters.ADULTS, 10, 100, 5))
        .findings()).isEmpty();
    List<Finding> nine = validate(StandardPacks.national(),
        requested(villagersMeeting(date), Requesters.ADULTS, 9, 100, 5)).findings();

    assertThat(nine).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("meeting.requisition.below-threshold");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.legalBases()).extracting(LegalBasis::confidence).containsOnly(Confidence.CONFIRMED);
      assertThat(f.legalBases()).extracting(b -> b.article().orElse("")).contains("第二十一条、第二十六条");
      assertThat(f.attribute("source")).contains("TEXT_BEFORE_2026");
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("村民会议于2024年3月20日召开，记录为2024年3月15日由100名"
          + "十八周岁以上的村（居）民中的9名提议召集；提议召集需十分之一以上，即至少10名（2026年前施行的法律文本）");
      assertThat(f.message(Locale.ENGLISH)).contains("by 9 of 100").contains("one-tenth or more, that is at least 10");
    });
  }

  @Test
  void from2026TheProvisionalShareWarnsAndAPackThatSetsTheShareJudgesAsAnError() {
    Meeting after = requested(villagersMeeting(LocalDate.of(2026, 1, 20)), Requesters.ADULTS, 9, 100, 5);
    assertThat(validate(StandardPacks.national(), after).findings()).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("meeting.requisition.below-threshold-provisional");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.attribute("provisional")).contains("true");
      assertThat(f.legalBases()).isNotEmpty().extracting(LegalBasis::confidence).containsOnly(Confidence.PROVISIONAL);
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("暂沿用原数值，待核实");
    });

    var parameter = MeetingParameters.requisition(MeetingType.VILLAGERS_MEETING, Requesters.ADULTS).orElseThrow();
    assertThat(parameter.name()).isEqualTo("meeting.requisition.villagers-meeting.adults");
    RulePack lowered = RulePack.builder("cn.test", "1", "100000").parent(StandardPacks.national())
        .parameter(parameter, Threshold.atLeast(1, 20), ValidityPeriod.from(REVISED), "hypothetical 2026 number")
        .build();
    RulePack raised = RulePack.builder("cn.test", "1", "100000").parent(StandardPacks.national())
        .parameter(parameter, Threshold.atLeast(1, 5), ValidityPeriod.from(REVISED), "hypothetical 2026 number")
        .build();
    assertThat(validate(lowered, after).findings()).isEmpty();
    Meeting eleven = requested(villagersMeeting(LocalDate.of(2026, 1, 20)), Requesters.ADULTS, 19, 100, 5);
    assertThat(validate(raised, eleven).findings()).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("meeting.requisition.below-threshold");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.attribute("source")).contains("PACK");
      assertThat(f.attribute("required")).contains("20");
    });
    Meeting before = requested(villagersMeeting(LocalDate.of(2025, 12, 31)), Requesters.ADULTS, 19, 100, 5);
    assertThat(validate(raised, before).findings()).as("the pack's 2026 share does not reach back").isEmpty();
  }

  @Test
  void requestersTheTextsDoNotNameAndMeetingsWithoutAShareAreNotJudged() {
    LocalDate date = LocalDate.of(2024, 3, 20);
    assertThat(validate(StandardPacks.national(), requested(villagersMeeting(date), Requesters.HOUSEHOLDS, 1, 300, 5))
        .findings()).isEmpty();
    assertThat(MeetingParameters.requisition(MeetingType.VILLAGER_GROUP_MEETING, Requesters.ADULTS)).isEmpty();
    assertThat(MeetingParameters.requisitionParameters2026()).hasSize(SHARES.length);
  }

  private static Meeting representativeMeeting(LocalDate date) {
    return MeetingGenerators.valid(date, date.plusDays(1)).stream(11L)
        .filter(m -> m.type() == MeetingType.VILLAGER_REPRESENTATIVE_MEETING).findFirst().orElseThrow();
  }

  @Test
  void chongqingConvenesARequestedRepresentativeMeetingWithinFifteenDays() {
    qt().withExamples(100).forAll(integers().between(0, 4000), integers().between(5, 200)).checkAssert((day, outOf) -> {
      Meeting meeting = representativeMeeting(CHONGQING_MEASURES.plusDays(day));
      int least = leastRequesters(1, 5, outOf);
      Meeting onTime = requested(meeting, Requesters.REPRESENTATIVES, least, outOf, 15);
      Meeting late = requested(meeting, Requesters.REPRESENTATIVES, least, outOf, 16);
      assertThat(validate(StandardPacks.chongqing(), onTime).findings()).isEmpty();
      assertThat(codes(validate(StandardPacks.chongqing(), late))).containsExactly("meeting.requisition.convened-late");
      assertThat(validate(StandardPacks.national(), late).findings()).as("national pack: no deadline").isEmpty();
      if (least > 1) {
        Meeting ineffective = requested(meeting, Requesters.REPRESENTATIVES, least - 1, outOf, 16);
        assertThat(codes(validate(StandardPacks.chongqing(), ineffective))).as("no obligation, so not late")
            .containsExactly("meeting.requisition.below-threshold"
                + (meeting.date().isBefore(REVISED) ? "" : "-provisional"));
      }
    });
    Meeting before = requested(representativeMeeting(CHONGQING_MEASURES.minusDays(1)), Requesters.REPRESENTATIVES,
        6, 30, 16);
    assertThat(validate(StandardPacks.chongqing(), before).findings()).as("before the 2013 measures").isEmpty();
    Meeting late = requested(representativeMeeting(LocalDate.of(2024, 5, 20)), Requesters.REPRESENTATIVES, 6, 30, 16);
    assertThat(validate(StandardPacks.chongqing(), late).findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().pointer().toString()).isEqualTo("/date");
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("村民代表会议于2024年5月4日提议召集，2024年5月20日召开，相隔16天；"
          + "应在15日内召集（规则包设定的数值）");
    });
  }
}
