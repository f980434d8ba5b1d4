package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.i18n.BilingualText;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A deliberate defect (自治组织组成缺陷) in a generated committee or representative-meeting composition, for testing
 * the rule that reports it. Each defect is planted at the boundary: one member, one representative, one woman or one
 * day off.
 *
 * @see CommitteeGenerators#defective(LocalDate, LocalDate, CommitteeDefect)
 */
public enum CommitteeDefect implements RecordDefect {
  /** A committee one member below the least size ({@code meeting.committee.size-out-of-range[-provisional]}). */
  SIZE_TOO_SMALL("community-committee", "委员会成员比下限少一人", "a committee one member too small"),
  /** A committee one member above the greatest size ({@code meeting.committee.size-out-of-range[-provisional]}). */
  SIZE_TOO_LARGE("community-committee", "委员会成员比上限多一人", "a committee one member too large"),
  /** A villagers' committee without a woman member ({@code meeting.committee.member-missing[-provisional]}). */
  WOMAN_MEMBER_MISSING("community-committee", "村民委员会无妇女成员", "a villagers' committee without a woman member"),
  /**
   * A villagers' committee of a multi-ethnic village without a minority member ({@code
   * meeting.committee.member-missing[-provisional]}).
   */
  MINORITY_MEMBER_MISSING("community-committee", "多民族村的村民委员会无少数民族成员",
      "a multi-ethnic village's committee without a minority member"),
  /**
   * A term ending one day after its fifth anniversary ({@code meeting.committee.term-too-long[-provisional]}): a
   * villagers' committee whose term starts on or after 2018-12-29, or, from 2026, either kind.
   */
  TERM_TOO_LONG("community-committee", "任期比五年多一天", "a term one day longer than five years"),
  /**
   * A villagers' representative meeting one representative short of four-fifths of its members ({@code
   * meeting.assembly.share-too-low[-provisional]}).
   */
  REPRESENTATIVES_TOO_FEW("representative-assembly", "村民代表比五分之四少一人",
      "one representative short of four-fifths"),
  /**
   * A villagers' representative meeting one woman short of one-third of its members ({@code
   * meeting.assembly.share-too-low[-provisional]}).
   */
  WOMEN_TOO_FEW("representative-assembly", "妇女代表比三分之一少一人", "one woman short of one-third");

  /** The first term start on which a villagers' committee's term is judged (the 2018 amendment). */
  static final LocalDate TERM_JUDGED_FROM = LocalDate.of(2018, 12, 29);

  private final String subjectType;
  private final BilingualText name;

  CommitteeDefect(String subjectType, String chinese, String english) {
    this.subjectType = subjectType;
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the record type of the defective record.
   *
   * @return {@code community-committee} or {@code representative-assembly}
   */
  public String subjectType() {
    return subjectType;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
