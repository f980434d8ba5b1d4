/**
 * Meetings of grassroots self-governance (村（居）民会议及其表决) and the bodies that hold them: the {@link
 * io.github.jiceng.governance.core.meeting.Meeting} record (type, eligible base, exclusions, attendance, resolutions
 * and their ballots), the {@link io.github.jiceng.governance.core.meeting.Threshold} and {@link
 * io.github.jiceng.governance.core.meeting.Quorum} arithmetic of "过半数" and "三分之二以上", and the {@link
 * io.github.jiceng.governance.core.meeting.RepresentativeAssembly composition of a representative meeting}. The
 * villagers' and residents' committees themselves are {@link
 * io.github.jiceng.governance.core.linkage.committee.CommunityCommittee} records.
 *
 * <p>Counting follows Chinese law (民法典 第一千二百五十九条): "以上" includes the number, "过半数" is strictly more
 * than half. All comparisons are in integers: {@code a > b/2} is {@code 2a > b}, {@code a >= 2b/3} is {@code 3a >= 2b}.
 *
 * <p>The statutory thresholds that {@link io.github.jiceng.governance.core.meeting.MeetingType} knows are those of the
 * texts in force until 2025-12-31 (村民委员会组织法 2010/2018, 城市居民委员会组织法 1989/2018). Both laws changed on
 * 2026-01-01; the rules in {@code io.github.jiceng.governance.rules.meeting} decide which numbers apply on a meeting's
 * date. The types check only what makes a record meaningless (a negative count, a base the meeting type cannot have);
 * whether a meeting met its quorum is for the rules to report.
 */
@Value.Style(jakarta = true, allowedClasspathAnnotations = {Override.class}, jdkOnly = true,
    strictBuilder = true, get = {}, builder = "new",
    visibility = ImplementationVisibility.PUBLIC, builderVisibility = BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package io.github.jiceng.governance.core.meeting;

import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;
