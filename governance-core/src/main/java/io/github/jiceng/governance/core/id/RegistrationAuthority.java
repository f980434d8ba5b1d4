package io.github.jiceng.governance.core.id;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;
import java.util.Optional;

/**
 * The registration authority (登记管理部门) coded by the first character of a unified social credit code
 * (GB 32100-2015): the kind of government department that registered the organisation.
 *
 * <p>Codes 1, 5, 9 and Y are confirmed by the standard's published summaries; the others come from the fuller table
 * that several independent code libraries agree on (single secondary source, [S] in the domain notes). A code that
 * is not in this table is not an error in itself: {@link #ofCode(char)} returns empty for it.
 */
public enum RegistrationAuthority implements Displayable {
  /** 机构编制 (1): the institutional staffing authorities (编办); organs, public institutions, mass organisations. */
  INSTITUTIONAL_STAFFING('1', "机构编制", "institutional staffing authority"),
  /** 外交 (2): foreign affairs; resident foreign news agencies. [S] */
  FOREIGN_AFFAIRS('2', "外交", "foreign affairs"),
  /** 司法行政 (3): judicial administration; law firms, notaries, grassroots legal services. [S] */
  JUDICIAL_ADMINISTRATION('3', "司法行政", "judicial administration"),
  /** 文化 (4): culture; foreign cultural centres. [S] */
  CULTURE('4', "文化", "culture"),
  /** 民政 (5): civil affairs; social organisations (社会组织) registered by the civil affairs departments. */
  CIVIL_AFFAIRS('5', "民政", "civil affairs"),
  /** 旅游 (6): tourism; representative offices of foreign and Hong Kong, Macao and Taiwan tourism bodies. [S] */
  TOURISM('6', "旅游", "tourism"),
  /** 宗教 (7): religious affairs; places of religious activity and religious colleges. [S] */
  RELIGIOUS_AFFAIRS('7', "宗教", "religious affairs"),
  /** 工会 (8): trade unions; grassroots trade unions. [S] */
  TRADE_UNION('8', "工会", "trade union"),
  /** 工商 (9): industry and commerce, now market regulation (市场监管); enterprises, individual businesses. */
  MARKET_REGULATION('9', "工商", "market regulation (industry and commerce)"),
  /** 中央军委改革和编制办公室 (A): the Central Military Commission's reform and staffing office. [S] */
  MILITARY_STAFFING('A', "中央军委改革和编制办公室", "Central Military Commission reform and staffing office"),
  /** 农业 (N): agriculture and rural affairs; rural collective economic organisations. [S] */
  AGRICULTURE('N', "农业", "agriculture and rural affairs"),
  /** 其他 (Y): any other registration authority. */
  OTHER('Y', "其他", "other");

  private final char code;
  private final BilingualText name;

  RegistrationAuthority(char code, String chinese, String english) {
    this.code = code;
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the authority for the first character of a credit code.
   *
   * @param code the character, for example {@code '5'}
   * @return the authority, or empty if the character is not in the table
   */
  public static Optional<RegistrationAuthority> ofCode(char code) {
    for (RegistrationAuthority authority : values()) {
      if (authority.code == code) {
        return Optional.of(authority);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the character that codes this authority at position 1 of a credit code.
   *
   * @return the code character, for example {@code '5'} for {@link #CIVIL_AFFAIRS}
   */
  public char code() {
    return code;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
