package io.github.jiceng.governance.core.council;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The class of a matter raised by residents under 三事分流 (from Chongqing's 南岸区): "大事政府管，小事村居管，私事自己管".
 */
public enum MatterClass implements Displayable {
  /** A major matter (大事), handled by government. */
  MAJOR("大事", "major matter (government handles)",
      EnumSet.of(HandlingBody.GOVERNMENT_DEPARTMENT, HandlingBody.TOWNSHIP_OR_STREET)),
  /** A minor matter (小事), handled by the village or community through consultation. */
  MINOR("小事", "minor matter (village or community handles)",
      EnumSet.of(HandlingBody.VILLAGE_OR_COMMUNITY_COMMITTEE, HandlingBody.COUNCIL)),
  /** A private matter (私事), handled by the residents themselves, with help from social organisations. */
  PRIVATE("私事", "private matter (residents handle)",
      EnumSet.of(HandlingBody.RESIDENTS, HandlingBody.SOCIAL_ORGANISATION));

  private final BilingualText name;
  private final Set<HandlingBody> bodies;

  MatterClass(String chinese, String english, EnumSet<HandlingBody> bodies) {
    this.name = BilingualText.of(chinese, english);
    this.bodies = bodies;
  }

  /**
   * Returns the bodies that handle matters of this class.
   *
   * @return an unmodifiable set, in declaration order
   */
  public Set<HandlingBody> handlingBodies() {
    return Collections.unmodifiableSet(bodies); // in declaration order, the same in every run
  }

  /**
   * Returns whether a body handles matters of this class.
   *
   * @param body the body, not null
   * @return true if the route fits the class
   */
  public boolean isHandledBy(HandlingBody body) {
    return bodies.contains(Objects.requireNonNull(body, "body"));
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
