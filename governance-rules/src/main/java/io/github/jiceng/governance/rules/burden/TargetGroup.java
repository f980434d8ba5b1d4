package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.EffectiveLists;
import io.github.jiceng.governance.core.burden.ItemMatch;
import io.github.jiceng.governance.core.burden.ListCatalogues;
import io.github.jiceng.governance.core.burden.ListKind;
import io.github.jiceng.governance.core.id.DivisionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The targets of an admission request that share the same lists and the same match of the task against them; the
 * rules and the review judge each group once. Usually a request has one group.
 */
final class TargetGroup {
  private final EffectiveLists lists;
  private final ItemMatch match;
  private final List<DivisionCode> targets;

  private TargetGroup(EffectiveLists lists, ItemMatch match, List<DivisionCode> targets) {
    this.lists = lists;
    this.match = match;
    this.targets = List.copyOf(targets);
  }

  /**
   * Groups a request's targets by the lists in force for them on a day and the task's match.
   *
   * @param request the request
   * @param catalogues the catalogues
   * @param date the day whose lists apply (the request date, unless an as-of date is set)
   * @return the groups, in the order of the targets
   */
  static List<TargetGroup> of(AdmissionRequest request, ListCatalogues catalogues, LocalDate date) {
    Map<String, List<DivisionCode>> targetsByKey = new LinkedHashMap<>();
    Map<String, EffectiveLists> listsByKey = new LinkedHashMap<>();
    Map<String, ItemMatch> matchByKey = new LinkedHashMap<>();
    for (DivisionCode target : request.targets()) {
      EffectiveLists lists = catalogues.effectiveFor(target, date);
      ItemMatch match = lists.match(request.itemIds(), request.task());
      String key = lists.ref() + "|" + match;
      targetsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(target);
      listsByKey.putIfAbsent(key, lists);
      matchByKey.putIfAbsent(key, match);
    }
    return targetsByKey.keySet().stream()
        .map(key -> new TargetGroup(listsByKey.get(key), matchByKey.get(key), targetsByKey.get(key)))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns whether work-item lists are in force for the group: an assistance or a negative list.
   *
   * @return true if the task can be checked against lists
   */
  boolean hasWorkLists() {
    return !lists.itemsOf(ListKind.ASSIST_GOVERNMENT).isEmpty() || !lists.itemsOf(ListKind.NEGATIVE).isEmpty();
  }

  /**
   * Returns whether the task is neither on the negative list nor on the assistance list.
   *
   * @return true for an unlisted task
   */
  boolean isUnlisted() {
    return !match.isNegative() && !match.isAssistance();
  }

  EffectiveLists lists() {
    return lists;
  }

  ItemMatch match() {
    return match;
  }

  List<DivisionCode> targets() {
    return targets;
  }

  /**
   * Returns the target codes as text, for messages.
   *
   * @return the codes
   */
  List<String> targetCodes() {
    return targets.stream().map(Lists::text).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the matched items of a list as text, for messages.
   *
   * @param kind the list
   * @return for example {@code ["yb.n01 行政执法"]}
   */
  List<String> describe(ListKind kind) {
    return match.on(kind).stream().map(i -> i.item().id() + " " + i.item().name())
        .collect(Collectors.toUnmodifiableList());
  }
}
