package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.meeting.ImmutableMeeting;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.Resolution;
import io.github.jiceng.governance.core.service.ServiceFacility;
import io.github.jiceng.governance.core.service.ServiceUnit;
import io.github.jiceng.governance.core.service.UnitRecord;
import io.github.jiceng.governance.core.territory.Jurisdiction;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.service.ServiceLookup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The first pass as it was before it read the files twice (release 0.1.0 development, until 2026-11-26): one read of
 * every record type with a plain streaming run, keeping every meeting (slimmed) and every admission request and
 * dropping the unnamed ones at the end. Kept as the oracle that {@link DatasetPrepassEquivalenceTest} compares the
 * {@link DatasetPrepass} with.
 */
final class SinglePassPrepass {
  /** What the old pass found, in the terms of {@link DatasetPrepass.Result}. */
  static final class Result {
    final ServiceLookup serviceSystem;
    final RecordLookup referenced;
    final String problem;
    final int records;

    Result(ServiceLookup serviceSystem, RecordLookup referenced, String problem, int records) {
      this.serviceSystem = serviceSystem;
      this.referenced = referenced;
      this.problem = problem;
      this.records = records;
    }
  }

  private SinglePassPrepass() {
  }

  static Result read(List<Path> files, boolean service, boolean referencedRecords) {
    Referenced referenced = referencedRecords ? new Referenced() : null;
    RulePack nothing = RulePack.builder("dataset-prepass", "1", Jurisdiction.national()).build();
    RecordStreamValidator reader = RecordStreamValidator.builder(Validator.builder(nothing).beanValidation(false)
            .build())
        .lenientCreditCodes(true)
        .references(RecordReferences.none()).duplicateIds(false).standardChecks(false).keptFindings(0).build();
    List<Object> system = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    reader.validate(files, new StreamListener() {
      @Override
      public void record(RecordOutcome outcome) {
        Object value = outcome.value().orElse(null);
        if (value == null) {
          return;
        }
        if (service && isPartOfTheSystem(value) && ids.add(key(outcome.subject()))) {
          system.add(value);
        }
        if (referenced != null) {
          referenced.accept(value);
        }
      }
    });
    RecordLookup references = referenced == null ? null : referenced.lookup().orElse(null);
    int kept = system.size() + (referenced == null ? 0 : referenced.kept());
    if (system.stream().noneMatch(ServiceUnit.class::isInstance)) {
      return new Result(null, references, null, kept);
    }
    try {
      return new Result(ServiceLookup.of(system), references, null, kept);
    } catch (IllegalArgumentException e) {
      return new Result(null, references, "the service system cannot be built: " + e.getMessage(), kept);
    }
  }

  private static boolean isPartOfTheSystem(Object value) {
    return value instanceof TerritorialUnit || value instanceof ServiceUnit || value instanceof UnitRecord
        || value instanceof ServiceFacility || value instanceof SocialWorker || value instanceof SocialOrganisation
        || value instanceof CommunityCommittee;
  }

  private static String key(Subject subject) {
    String id = subject.id().orElse("");
    return switch (subject.type()) {
      case "guidance-centre", "social-work-station", "social-work-room" -> "service-unit/" + id;
      default -> subject.type() + "/" + id;
    };
  }

  /** The old ReferencedRecords: every meeting and request while reading. */
  private static final class Referenced {
    private final Map<String, Meeting> meetings = new HashMap<>();
    private final Map<String, AdmissionRequest> requests = new HashMap<>();
    private final Set<String> namedMeetings = new HashSet<>();
    private final Set<String> namedRequests = new HashSet<>();

    void accept(Object record) {
      if (record instanceof Meeting) {
        Meeting meeting = (Meeting) record;
        meetings.putIfAbsent(meeting.id(), slim(meeting));
      } else if (record instanceof AdmissionRequest) {
        AdmissionRequest request = (AdmissionRequest) record;
        requests.putIfAbsent(request.id(), request);
      } else if (record instanceof Covenant) {
        ((Covenant) record).adoption().flatMap(AdoptionRecord::vote)
            .ifPresent(v -> namedMeetings.add(v.meetingId()));
      } else if (record instanceof AdmissionDecision) {
        namedRequests.add(((AdmissionDecision) record).requestId());
      }
    }

    private static Meeting slim(Meeting meeting) {
      if (meeting.exclusions().isEmpty()
          && meeting.resolutions().stream().allMatch(r -> r.covenantId().isPresent())) {
        return meeting;
      }
      List<Resolution> onCovenants = meeting.resolutions().stream().filter(r -> r.covenantId().isPresent())
          .collect(Collectors.toList());
      return ImmutableMeeting.copyOf(meeting).withExclusions(List.of()).withResolutions(onCovenants);
    }

    Optional<RecordLookup> lookup() {
      if (meetings.isEmpty() && requests.isEmpty()) {
        return Optional.empty();
      }
      Set<String> covered = new HashSet<>();
      if (!meetings.isEmpty()) {
        covered.add("meeting");
      }
      if (!requests.isEmpty()) {
        covered.add("admission-request");
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
            case "meeting":
              return Optional.ofNullable(keptMeetings.get(id));
            case "admission-request":
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

    int kept() {
      return meetings.size() + requests.size();
    }
  }
}
