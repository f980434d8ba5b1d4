package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.meeting.ImmutableMeeting;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.Resolution;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.Subject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The records that the rules of other records look up (被引用记录): the meetings that covenants were adopted at (for
 * {@code covenant.adoption.meeting-missing} and {@code covenant.adoption.meeting-mismatch}) and the admission requests
 * that decisions answer (for {@code burden.decision.overdue} and {@code burden.decision.admits-negative}), collected by
 * the {@link DatasetPrepass}. Not thread-safe while collecting; the lookup it makes is immutable.
 *
 * <p>While reading it keeps every meeting, without its exclusions and without its resolutions on other matters than a
 * covenant (what the covenant rules read: type, date and the resolutions naming a covenant), every admission request,
 * and the ids that covenant votes and decisions name. At the end it drops the meetings and requests that nothing
 * names. The lookup covers the types {@code meeting} and {@code admission-request} if the files hold any record of
 * them, as a batch lookup over all records does; of two records with one id the first is kept.
 */
final class ReferencedRecords {
  static final String MEETING = "meeting";
  static final String ADMISSION_REQUEST = "admission-request";

  private final Map<String, Meeting> meetings = new HashMap<>();
  private final Map<String, AdmissionRequest> requests = new HashMap<>();
  private final Set<String> namedMeetings = new HashSet<>();
  private final Set<String> namedRequests = new HashSet<>();

  /** Looks at one record of the files: keeps it, or the ids it names, if the rules need them. */
  void accept(Object record) {
    if (record instanceof Meeting) {
      Meeting meeting = (Meeting) record;
      meetings.putIfAbsent(meeting.id(), slim(meeting));
    } else if (record instanceof AdmissionRequest) {
      AdmissionRequest request = (AdmissionRequest) record;
      requests.putIfAbsent(request.id(), request);
    } else if (record instanceof Covenant) {
      ((Covenant) record).adoption().flatMap(AdoptionRecord::vote).ifPresent(v -> namedMeetings.add(v.meetingId()));
    } else if (record instanceof AdmissionDecision) {
      namedRequests.add(((AdmissionDecision) record).requestId());
    }
  }

  /** A meeting with only what the covenant rules read: no exclusions, and only the resolutions on a covenant. */
  private static Meeting slim(Meeting meeting) {
    if (meeting.exclusions().isEmpty() && meeting.resolutions().stream().allMatch(r -> r.covenantId().isPresent())) {
      return meeting;
    }
    List<Resolution> onCovenants = meeting.resolutions().stream().filter(r -> r.covenantId().isPresent())
        .collect(Collectors.toList());
    return ImmutableMeeting.copyOf(meeting).withExclusions(List.of()).withResolutions(onCovenants);
  }

  /**
   * Returns the lookup of the named meetings and requests, dropping the others.
   *
   * @return the lookup, or empty if the files hold no meeting and no admission request
   */
  Optional<RecordLookup> lookup() {
    if (meetings.isEmpty() && requests.isEmpty()) {
      return Optional.empty();
    }
    Set<String> covered = new HashSet<>();
    if (!meetings.isEmpty()) {
      covered.add(MEETING);
    }
    if (!requests.isEmpty()) {
      covered.add(ADMISSION_REQUEST);
    }
    meetings.keySet().retainAll(namedMeetings);
    requests.keySet().retainAll(namedRequests);
    Map<String, Meeting> keptMeetings = Map.copyOf(meetings);
    Map<String, AdmissionRequest> keptRequests = Map.copyOf(requests);
    Set<String> types = Set.copyOf(covered);
    return Optional.of(new RecordLookup() {
      @Override
      public Optional<Object> find(Subject subject) {
        String id = subject.id().orElse(null);
        if (id == null) {
          return Optional.empty();
        }
        switch (subject.type()) {
          case MEETING:
            return Optional.ofNullable(keptMeetings.get(id));
          case ADMISSION_REQUEST:
            return Optional.ofNullable(keptRequests.get(id));
          default:
            return Optional.empty();
        }
      }

      @Override
      public boolean covers(String typeName) {
        return types.contains(typeName);
      }

      @Override
      public String toString() {
        return "ReferencedRecords[" + keptMeetings.size() + " meetings, " + keptRequests.size()
            + " admission requests]";
      }
    });
  }

  /**
   * Returns how many records are kept now: after {@link #lookup()}, the named ones only.
   *
   * @return the count of meetings and requests
   */
  int kept() {
    return meetings.size() + requests.size();
  }
}
