package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.Subject;
import java.util.Optional;

/**
 * Finds the records that linkage records refer to, through the context's {@link
 * io.github.jiceng.governance.rules.RecordLookup}.
 */
final class Lookups {
  private Lookups() {
  }

  /** Returns whether the lookup holds every record of a type, so that a record it cannot find is missing. */
  static boolean covers(RuleContext context, String recordType) {
    return context.lookup().covers(recordType);
  }

  /** Finds a record by type name and id. */
  static <T> Optional<T> find(RuleContext context, String recordType, String id, Class<T> javaType) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    return context.lookup().find(Subject.of(recordType, id), javaType);
  }

  /** Finds the record a reference points to. */
  static <T> Optional<T> find(RuleContext context, ActorRef ref, Class<T> javaType) {
    return find(context, ref.type().recordType(), ref.id(), javaType);
  }

  /** Returns whether a reference is dangling: the lookup covers its type and does not hold the record. */
  static boolean isMissing(RuleContext context, ActorRef ref) {
    return covers(context, ref.type().recordType())
        && (ref.id().isBlank() || context.lookup().find(Subject.of(ref.type().recordType(), ref.id())).isEmpty());
  }
}
