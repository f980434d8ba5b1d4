package io.github.jiceng.governance.rules.constraint;

import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.volunteer.VolunteerTeam;
import io.github.jiceng.governance.rules.burden.AdmissionReview;
import io.github.jiceng.governance.testkit.BurdenCase;
import io.github.jiceng.governance.testkit.BurdenGenerators;
import io.github.jiceng.governance.testkit.CommitteeGenerators;
import io.github.jiceng.governance.testkit.LinkageGenerators;
import io.github.jiceng.governance.testkit.SampleDistrict;
import io.github.jiceng.governance.testkit.TerritoryShape;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records of every type of a small generated sample district, a few per runtime class, for the fast-path tests. */
final class SampleRecords {
  /** At most this many records per runtime class. */
  static final int PER_CLASS = 40;
  private static final Map<Class<?>, List<Object>> BY_CLASS = generate();

  private SampleRecords() {
  }

  /** Returns the records by runtime class, in generation order. */
  static Map<Class<?>, List<Object>> byClass() {
    return BY_CLASS;
  }

  /** Returns every kept record. */
  static List<Object> all() {
    List<Object> all = new ArrayList<>();
    BY_CLASS.values().forEach(all::addAll);
    return Collections.unmodifiableList(all);
  }

  private static Map<Class<?>, List<Object>> generate() {
    Map<Class<?>, List<Object>> byClass = new LinkedHashMap<>();
    TerritoryShape shape = TerritoryShape.of(DivisionCode.parse("500154")).withTownships(1, 2, 0)
        .withVillagesPerTownship(3, 5);
    SampleDistrict.of(20261126L, 1).withShape(shape).generateRecords((part, record) -> keep(byClass, record));
    // Record types the sample district does not emit.
    LinkageGenerators.datasets(DivisionCode.parse("500154"), 4).sample(7L, 1).get(0).records()
        .forEach(record -> keep(byClass, record));
    CommitteeGenerators.assemblies(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 11, 1)).sample(7L, 20)
        .forEach(record -> keep(byClass, record));
    for (BurdenCase<AdmissionRequest> generated : BurdenGenerators.admissionRequests().sample(7L, 20)) {
      keep(byClass, AdmissionReview.of(generated.catalogues()).decide(generated.record()));
    }
    keep(byClass, VolunteerTeam.builder().id("VT-500154-01").name("开州区志愿服务队").focus("助老")
        .host(ActorRef.of(ActorType.COMMUNITY_COMMITTEE, "500154001001")).addMemberNumbers("V-1", "V-2").build());
    keep(byClass, VolunteerTeam.builder().id("VT-500154-02").name("汉丰街道志愿服务队").build());
    return Collections.unmodifiableMap(byClass);
  }

  private static void keep(Map<Class<?>, List<Object>> byClass, Object record) {
    List<Object> kept = byClass.computeIfAbsent(record.getClass(), c -> new ArrayList<>());
    if (kept.size() < PER_CLASS) {
      kept.add(record);
    }
  }
}
