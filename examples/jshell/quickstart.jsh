// Jiceng governance SDK: the first ten minutes in JShell (快速上手).
// From the repository root:   examples/jshell/open.sh examples/jshell/quickstart.jsh
// Loads the sample district (examples/data/sample-district: a synthetic district modelled on Kaizhou, 开州区),
// validates it as one dataset, prints a summary, then asks three questions a researcher would ask.
import io.github.jiceng.governance.core.covenant.*;
import io.github.jiceng.governance.core.linkage.worker.*;
import io.github.jiceng.governance.core.service.*;
import io.github.jiceng.governance.core.territory.*;
import io.github.jiceng.governance.json.*;
import io.github.jiceng.governance.json.report.TextSummary;
import io.github.jiceng.governance.json.stream.*;
import io.github.jiceng.governance.rules.*;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;

// (from examples/, as in the tests, the folder is data/sample-district)
Path data = Files.isDirectory(Path.of("examples/data/sample-district")) ? Path.of("examples/data/sample-district") : Path.of("data/sample-district");
List<Path> files = Files.list(data).filter(p -> p.toString().endsWith(".ndjson")).sorted().toList();

// 1. Validate the five files as one dataset with Kaizhou's pack (the Chongqing rules), streaming.
RulePack pack = StandardPacks.forJurisdiction("500154");
StreamReport report = RecordStreamValidator.builder(Validator.builder(pack).build()).build().validate(files);
System.out.println(TextSummary.render(report, Locale.SIMPLIFIED_CHINESE));

// 2. Read the records into typed values (15,615 records fit in memory; for millions, stream as above).
RecordReader reader = RecordReader.create();
List<Object> records = new ArrayList<>();
for (Path file : files) {
  for (String line : Files.readAllLines(file)) {
    reader.readRecord(line).value().ifPresent(records::add);
  }
}
<T> List<T> all(Class<T> type) { return records.stream().filter(type::isInstance).map(type::cast).toList(); }
System.out.println(records.size() + " records read; the first township: " + all(Township.class).get(0));

// Question 1: which townships have no social-work station (乡镇街道社工站覆盖)?
Set<Object> withStation = all(SocialWorkStation.class).stream().map(SocialWorkStation::territoryCode).collect(Collectors.toSet());
List<Township> noStation = all(Township.class).stream().filter(t -> !withStation.contains(t.code())).toList();
System.out.println("Townships without a station: " + noStation.size() + " of " + all(Township.class).size() + " " + noStation);

// Question 2: share of certified social workers (持证社工) among the workers of each township's station.
Map<String, Object> townshipOfStation = all(SocialWorkStation.class).stream().
    collect(Collectors.toMap(SocialWorkStation::id, SocialWorkStation::territoryCode));
Map<String, String> townshipNames = all(Township.class).stream().
    collect(Collectors.toMap(t -> t.code().toString(), Township::name));
Map<String, List<SocialWorker>> byTownship = all(SocialWorker.class).stream().
    filter(w -> townshipOfStation.containsKey(w.employer().id())).
    collect(Collectors.groupingBy(w -> townshipOfStation.get(w.employer().id()).toString(), TreeMap::new, Collectors.toList()));
byTownship.forEach((code, workers) -> System.out.printf("  %-8s %d of %d certified%n",
    townshipNames.getOrDefault(code, code), workers.stream().filter(w -> !w.qualifications().isEmpty()).count(), workers.size()));

// Question 3: covenants adopted but not filed within 30 days of the vote (备案). The law sets no number of days;
// 30 is this script's assumption (a pack sets its own with the parameter covenant.filing.deadline-days).
int deadlineDays = 30;
LocalDate today = LocalDate.of(2026, 11, 26);
List<Covenant> overdue = all(Covenant.class).stream().
    filter(c -> c.adoption().flatMap(AdoptionRecord::vote).filter(AdoptionVote::adopted).isPresent()).
    filter(c -> c.adoption().flatMap(AdoptionRecord::filing).isEmpty()).
    filter(c -> c.adoption().get().vote().get().date().plusDays(deadlineDays).isBefore(today)).
    toList();
System.out.println("Covenants overdue for filing: " + overdue.size());
overdue.forEach(c -> System.out.println("  " + c.unitName() + " 《" + c.title() + "》 voted " + c.adoption().get().vote().get().date()));
/exit
