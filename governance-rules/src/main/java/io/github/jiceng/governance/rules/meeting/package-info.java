/**
 * Rules for self-governance meetings, committees and representative meetings (会议与自治组织规则): quorum, decision
 * thresholds, notice, ballots, committee size, composition and term, each judged by the law in force on the record's
 * date. The committee rules ({@code meeting.committee.*}) judge the villagers' and residents' committees among the
 * {@link io.github.jiceng.governance.core.linkage.committee.CommunityCommittee} records (record type {@code
 * community-committee}), counting their member lists; they do not judge the party organisation.
 *
 * <p><b>Law versions.</b> Both organic laws changed on 2026-01-01 (村民委员会组织法 amended, 城市居民委员会组织法 fully
 * revised). For records dated before that day, the rules apply the numbers of the earlier texts, which are fixed in
 * code and confirmed. For records dated on or after it, they read the {@link
 * io.github.jiceng.governance.rules.meeting.MeetingParameters parameters} of the rule pack. The 2026 numbers are not
 * yet confirmed, so each parameter's default carries the earlier number <em>provisionally</em>.
 *
 * <p><b>Provisional findings.</b> Every numeric check has two rules: {@code <id>} (ERROR) judges by confirmed numbers
 * (the earlier texts, or a 2026 number that a pack has set) and {@code <id>-provisional} (WARNING) judges by a
 * provisional default. A finding of the second kind says so three times: in its code, in its legal basis (confidence
 * {@link io.github.jiceng.governance.rules.Confidence#PROVISIONAL}) and in its message and attributes ({@code
 * source=PROVISIONAL}, {@code provisional=true}). When a pack sets the 2026 number, for example {@code
 * .parameter(MeetingParameters.quorum(MeetingType.VILLAGERS_MEETING, QuorumBase.ADULTS), Threshold.MAJORITY,
 * ValidityPeriod.from(LocalDate.of(2026, 1, 1)), "村委会法（2025年修正）第…条")}, the findings move to the confirmed
 * rule without code changes.
 */
package io.github.jiceng.governance.rules.meeting;
