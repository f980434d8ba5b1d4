package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.project.ProjectFunding;
import io.github.jiceng.governance.core.linkage.project.ProjectStage;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The references of the linkage records (五社联动记录引用) that the batch rules also check through their lookup, each
 * declared with the rule that reports it, so that a dangling reference is reported once in both modes:
 *
 * <ul>
 *   <li>a volunteer service record's {@code volunteerNumber} names a {@code volunteer}
 *       ({@code linkage.service.volunteer-unregistered});</li>
 *   <li>a social worker's {@code employer} names a record of the employer's type
 *       ({@code linkage.worker.employer-missing});</li>
 *   <li>a linkage project's stage actors, participants and funding sources name records of their types
 *       ({@code linkage.project.actor-missing});</li>
 *   <li>a linkage project's {@code serviceRecordIds} name {@code volunteer-service-record}s
 *       ({@code linkage.project.service-record-missing}).</li>
 * </ul>
 *
 * <p>An {@link ActorRef} names its target's type itself, so there is one declaration per actor type; the others see
 * no id at that place. The parts of these rules that need the target record itself (a volunteer registered after
 * the service day, a service record of another project) are not checked while streaming.
 */
final class LinkageReferences {
  private static final String EMPLOYER_MISSING = "linkage.worker.employer-missing";
  private static final String ACTOR_MISSING = "linkage.project.actor-missing";

  private LinkageReferences() {
  }

  /** Returns the references, in a fixed order. */
  static List<RecordReference<?>> all() {
    List<RecordReference<?>> all = new ArrayList<>();
    all.add(RecordReference.of(ServiceRecord.class, "volunteerNumber", ActorType.VOLUNTEER.recordType(),
            (ServiceRecord r) -> Optional.of(r.volunteerNumber()))
        .reportedAs("linkage.service.volunteer-unregistered",
            ReferenceArguments.<ServiceRecord>of("id", ServiceRecord::id)
                .and("volunteer", ServiceRecord::volunteerNumber).and("date", ServiceRecord::date)
                .and("registered", r -> Optional.empty())));
    for (ActorType type : ActorType.values()) {
      if (SocialWorker.EMPLOYER_TYPES.contains(type)) {
        all.add(RecordReference.of(SocialWorker.class, "employer", type.recordType(),
                (SocialWorker w) -> idOf(w.employer(), type))
            .reportedAs(EMPLOYER_MISSING, w -> Map.of(
                "worker", w.id(), "employer", w.employer().toString(), "type", w.employer().type())));
      }
    }
    for (ActorType type : ActorType.values()) {
      all.add(RecordReference.ofEachIn(LinkageProject.class, "stages", "actor", type.recordType(),
              (LinkageProject p) -> idsOf(p.stages(), ProjectStage::actor, type))
          .reportedAsEach(ACTOR_MISSING, (p, i) -> actorArguments(p, p.stages().get(i).actor())));
      all.add(RecordReference.ofEach(LinkageProject.class, "participants", type.recordType(),
              (LinkageProject p) -> idsOf(p.participants(), Function.identity(), type))
          .reportedAsEach(ACTOR_MISSING, (p, i) -> actorArguments(p, p.participants().get(i))));
      all.add(RecordReference.ofEachIn(LinkageProject.class, "fundings", "source", type.recordType(),
              (LinkageProject p) -> idsOf(p.fundings(), ProjectFunding::source, type))
          .reportedAsEach(ACTOR_MISSING, (p, i) -> actorArguments(p, p.fundings().get(i).source())));
    }
    all.add(RecordReference.ofEach(LinkageProject.class, "serviceRecordIds", "volunteer-service-record",
            LinkageProject::serviceRecordIds)
        .reportedAsEach("linkage.project.service-record-missing", (p, i) -> Map.of(
            "project", p.id(), "record", p.serviceRecordIds().get(i), "recordProject", Optional.empty())));
    return all;
  }

  /** The arguments of {@code linkage.project.actor-missing}, as the rule gives them. */
  private static Map<String, Object> actorArguments(LinkageProject project, ActorRef actor) {
    return Map.of("project", project.id(), "actor", actor.toString(), "type", actor.type());
  }

  private static Optional<String> idOf(ActorRef ref, ActorType type) {
    return ref.type() == type ? Optional.of(ref.id()) : Optional.empty();
  }

  /** The ids of the elements' references of one type, with null for the other elements. */
  private static <E> List<String> idsOf(List<E> elements, Function<E, ActorRef> ref, ActorType type) {
    List<String> ids = new ArrayList<>(elements.size());
    for (E element : elements) {
      ActorRef actor = ref.apply(element);
      ids.add(actor.type() == type ? actor.id() : null);
    }
    return ids;
  }
}
