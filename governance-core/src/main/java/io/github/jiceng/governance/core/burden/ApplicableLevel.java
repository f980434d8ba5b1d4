package io.github.jiceng.governance.core.burden;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import io.github.jiceng.governance.core.id.VillageKind;
import java.util.Locale;
import java.util.Objects;

/**
 * Which village-level units a work item applies to (适用对象): villages (村), communities (社区) or both.
 */
public enum ApplicableLevel implements Displayable {
  /** Administrative villages only (村). */
  VILLAGE("村", "villages"),
  /** Residents' communities only (社区). */
  COMMUNITY("社区", "communities"),
  /** Both villages and communities (村和社区). */
  BOTH("村和社区", "villages and communities");

  private final BilingualText name;

  ApplicableLevel(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns whether an item at this level applies to a unit of a kind. A unit of kind {@link VillageKind#OTHER} (a
   * code outside the defined ranges) is covered only by {@link #BOTH}.
   *
   * @param kind the kind of the village-level unit, not null
   * @return true if the item applies to that unit
   */
  public boolean appliesTo(VillageKind kind) {
    Objects.requireNonNull(kind, "kind");
    switch (this) {
      case VILLAGE:
        return kind == VillageKind.VILLAGE;
      case COMMUNITY:
        return kind == VillageKind.COMMUNITY;
      default:
        return true;
    }
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
