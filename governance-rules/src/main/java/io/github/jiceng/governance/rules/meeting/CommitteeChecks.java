package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.linkage.committee.CommitteeKind;
import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.core.meeting.RepresentativeAssembly;
import io.github.jiceng.governance.core.meeting.Threshold;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.RuleContext;
import java.time.LocalDate;
import java.util.List;

/** The committee and representative-meeting checks shared by the confirmed and the provisional rules. */
final class CommitteeChecks {
  private static final BilingualText WOMAN = BilingualText.of("妇女成员", "a woman member");
  private static final BilingualText MINORITY = BilingualText.of("人数较少的民族的成员",
      "a member of a minority nationality");
  private static final BilingualText REPRESENTATIVES = BilingualText.of("村民代表", "representatives");
  private static final BilingualText WOMEN = BilingualText.of("妇女", "women");

  private CommitteeChecks() {
  }

  /**
   * Whether the committee laws judge a committee on the context's date: a villagers' or residents' committee (not the
   * party organisation) whose text the rules encode on that date.
   */
  private static boolean covered(CommitteeKind kind, RuleContext context) {
    return kind.isSelfGoverning() && LawVersions.isCovered(kind == CommitteeKind.VILLAGERS_COMMITTEE
        ? MeetingType.VILLAGERS_MEETING : MeetingType.RESIDENTS_MEETING, context.evaluationDate());
  }

  /** Size: 3-7 (villagers', 村委会法 第六条) or 5-9 (residents', 居委会法 1989 第七条) before 2026. */
  static void size(CommunityCommittee committee, RuleContext context, FindingCollector out, boolean provisionalRule) {
    if (!covered(committee.kind(), context)) {
      return;
    }
    boolean village = committee.kind() == CommitteeKind.VILLAGERS_COMMITTEE;
    List<io.github.jiceng.governance.rules.Parameter<Integer>> parameters =
        MeetingParameters.committeeSize(committee.kind());
    Applied<Integer> minimum = LawVersions.apply(context, parameters.get(0), village ? 3 : 5);
    Applied<Integer> maximum = LawVersions.apply(context, parameters.get(1), village ? 7 : 9);
    Applied<Integer> source = minimum.isProvisional() ? minimum : maximum;
    boolean provisional = minimum.isProvisional() || maximum.isProvisional();
    int members = committee.size();
    if (provisional != provisionalRule || (members >= minimum.value() && members <= maximum.value())) {
      return;
    }
    out.report(JsonPointer.of("members"), new Arguments()
        .put("name", committee.name())
        .put("kind", committee.kind())
        .put("members", members)
        .put("minimum", minimum.value())
        .put("maximum", maximum.value())
        .source(source)
        .map());
  }

  /**
   * A woman member (villagers' committee), and a minority member in a multi-ethnic village (村委会法 第六条), counted
   * in the member list.
   */
  static void members(CommunityCommittee committee, RuleContext context, FindingCollector out,
      boolean provisionalRule) {
    if (committee.kind() != CommitteeKind.VILLAGERS_COMMITTEE || !covered(committee.kind(), context)) {
      return;
    }
    Applied<Boolean> woman = LawVersions.apply(context, MeetingParameters.WOMAN_MEMBER_REQUIRED, true);
    if (woman.isFor(provisionalRule) && woman.value() && committee.womenCount() == 0) {
      out.report(JsonPointer.of("members"), new Arguments().put("name", committee.name()).put("kind", committee.kind())
          .put("members", committee.size()).put("missing", WOMAN).source(woman).map());
    }
    Applied<Boolean> minority = LawVersions.apply(context, MeetingParameters.MINORITY_MEMBER_REQUIRED, true);
    if (minority.isFor(provisionalRule) && minority.value() && committee.multiEthnic()
        && committee.minorityCount() == 0) {
      out.report(JsonPointer.of("members"), new Arguments().put("name", committee.name()).put("kind", committee.kind())
          .put("members", committee.size()).put("missing", MINORITY).source(minority).map());
    }
  }

  /**
   * A term of at most five years: villagers' committees from the 2018-12-29 amendment (村委会法 第十一条), residents'
   * committees only from 2026 (the reference does not confirm the earlier residents' text); never the party
   * organisation.
   */
  static void term(CommunityCommittee committee, RuleContext context, FindingCollector out, boolean provisionalRule) {
    if (!committee.kind().isSelfGoverning() || committee.termEnd().isEmpty()
        || (committee.kind() == CommitteeKind.RESIDENTS_COMMITTEE && !LawVersions.isRevised(context.evaluationDate()))) {
      return;
    }
    Applied<Integer> years = LawVersions.apply(context, MeetingParameters.TERM_YEARS, 5);
    LocalDate latest = committee.termStart().plusYears(years.value());
    if (!years.isFor(provisionalRule) || !committee.termEnd().get().isAfter(latest)) {
      return;
    }
    out.report(JsonPointer.of("termEnd"), new Arguments()
        .put("name", committee.name())
        .put("kind", committee.kind())
        .put("termStart", committee.termStart())
        .put("termEnd", committee.termEnd().get())
        .put("years", years.value())
        .put("latestEnd", latest)
        .source(years)
        .map());
  }

  /** Representatives four-fifths or more and women one-third or more of the members (村委会法 第二十五条). */
  static void assembly(RepresentativeAssembly assembly, RuleContext context, FindingCollector out,
      boolean provisionalRule) {
    if (assembly.type() != MeetingType.VILLAGER_REPRESENTATIVE_MEETING
        || !LawVersions.isCovered(assembly.type(), context.evaluationDate())) {
      return;
    }
    share(assembly, "representatives", REPRESENTATIVES, assembly.representatives(),
        LawVersions.apply(context, MeetingParameters.REPRESENTATIVES_SHARE, Threshold.FOUR_FIFTHS), out,
        provisionalRule);
    share(assembly, "women", WOMEN, assembly.women(),
        LawVersions.apply(context, MeetingParameters.WOMEN_SHARE, Threshold.ONE_THIRD), out, provisionalRule);
  }

  private static void share(RepresentativeAssembly assembly, String field, BilingualText group, int count,
      Applied<Threshold> threshold, FindingCollector out, boolean provisionalRule) {
    if (!threshold.isFor(provisionalRule) || threshold.value().isMet(count, assembly.members())) {
      return;
    }
    out.report(JsonPointer.of(field), new Arguments()
        .put("group", group)
        .put("count", count)
        .put("members", assembly.members())
        .put("threshold", Arguments.wording(threshold.value()))
        .put("required", threshold.value().minimum(assembly.members()))
        .source(threshold)
        .put("thresholdValue", threshold.value().toString())
        .map());
  }
}
