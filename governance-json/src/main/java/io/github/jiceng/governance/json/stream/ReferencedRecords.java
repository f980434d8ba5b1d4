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
 * the {@link DatasetPrepass} in two reads of the files. Not thread-safe while collecting; the lookup it makes is
 * immutable.
 *
 * <p>The first read gives it the records that name others ({@link #NAMING_TYPES}: covenants and admission decisions),
 * of which it keeps the meeting ids of the covenant votes and the request ids of the decisions. The second read gives
 * it the records that are named ({@link #NAMED_TYPES}: meetings and admission requests), of which it keeps the first
 * of each named id: a meeting without its exclusions and its resolutions on matters other than a covenant (what the
 * covenant rules read: type, date and the resolutions naming a covenant), a request whole. It never holds a record
 * that nothing names, so memory grows with the named ids (about 100 bytes each while they are not found) and the
 * named records (about 260 bytes per slimmed meeting with two resolutions, 600 bytes per admission request), not with
 * the meetings and requests in the files. The lookup covers the types {@code meeting} and {@code admission-request}
 * if the second read met any record of them, as a batch lookup over all records does.
 */
final class ReferencedRecords {
  static final String MEETING = "meeting";
  static final String ADMISSION_REQUEST = "admission-request";
  /** The record types of the first read: those whose records name meetings and requests. */
  static final Set<String> NAMING_TYPES = Set.of("covenant", "admission-decision");
  /** The record types of the second read: those of the records named. */
  static final Set<String> NAMED_TYPES = Set.of(MEETING, ADMISSION_REQUEST);

  private final Map<String, Meeting> meetings = new HashMap<>();
  private final Map<String, AdmissionRequest> requests = new HashMap<>();
  /** The meeting ids named and not yet found. */
  private final Set<String> namedMeetings = new HashSet<>();
  /** The request ids named and not yet found. */
  private final Set<String> namedRequests = new HashSet<>();
  private boolean anyMeeting;
  private boolean anyRequest;
  private boolean secondRead;

  /**
   * Looks at one record of the first read: keeps the meeting id of a covenant's vote and the request id of a decision.
   *
   * @param record a record read into a value; records of other types are ignored
   * @throws IllegalStateException if the second read has begun
   */
  void acceptNaming(Object record) {
    if (secondRead) {
      throw new IllegalStateException("the ids that records name are collected before the named records");
    }
    if (record instanceof Covenant) {
      ((Covenant) record).adoption().flatMap(AdoptionRecord::vote).ifPresent(v -> namedMeetings.add(v.meetingId()));
    } else if (record instanceof AdmissionDecision) {
      namedRequests.add(((AdmissionDecision) record).requestId());
    }
  }

  /**
   * Looks at one record of the second read: keeps a meeting or request if its id is named and no record with its id
   * came before it.
   *
   * @param record a record read into a value; records of other types are ignored
   */
  void acceptNamed(Object record) {
    secondRead = true;
    if (record instanceof Meeting) {
      anyMeeting = true;
      Meeting meeting = (Meeting) record;
      if (namedMeetings.remove(meeting.id())) {
        meetings.put(meeting.id(), slim(meeting));
      }
    } else if (record instanceof AdmissionRequest) {
      anyRequest = true;
      AdmissionRequest request = (AdmissionRequest) record;
      if (namedRequests.remove(request.id())) {
        requests.put(request.id(), request);
      }
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
   * Returns the lookup of the named meetings and requests.
   *
   * @return the lookup, or empty if the second read met no meeting and no admission request
   */
  Optional<RecordLookup> lookup() {
    if (!anyMeeting && !anyRequest) {
      return Optional.empty();
    }
    Set<String> types = anyMeeting && anyRequest ? Set.of(MEETING, ADMISSION_REQUEST)
        : Set.of(anyMeeting ? MEETING : ADMISSION_REQUEST);
    Map<String, Meeting> keptMeetings = Map.copyOf(meetings);
    Map<String, AdmissionRequest> keptRequests = Map.copyOf(requests);
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
   * Returns how many records are kept: the named meetings and requests found so far.
   *
   * @return the count of meetings and requests
   */
  int kept() {
    return meetings.size() + requests.size();
  }
}
