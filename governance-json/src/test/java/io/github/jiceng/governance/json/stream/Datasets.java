package io.github.jiceng.governance.json.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.testkit.LinkageDataset;
import io.github.jiceng.governance.testkit.LinkageGenerators;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated linkage dataset as NDJSON lines with planted problems across records: a duplicate id, a service
 * record of an unregistered volunteer, a volunteer with more than 24 hours on one day, a village whose township is
 * missing, and lines that cannot be read.
 */
final class Datasets {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();

  private Datasets() {
  }

  static List<String> lines(long seed) {
    LinkageDataset dataset = LinkageGenerators.datasets(DivisionCode.parse("500154000000"), 3).sample(seed, 1)
        .get(0);
    List<String> lines = new ArrayList<>();
    lines.add(Streams.DISTRICT);
    lines.add(Streams.TOWNSHIP);
    lines.add(Streams.JINZHOU);
    for (Object record : dataset.records()) {
      lines.add(MAPPER.valueToTree(record).toString());
    }
    // a duplicate id: the first volunteer again
    lines.add(MAPPER.valueToTree(dataset.volunteers().get(0)).toString());
    // a service record of a volunteer who is not in the dataset
    ServiceRecord template = dataset.serviceRecords().get(0);
    ObjectNode dangling = MAPPER.valueToTree(template);
    dangling.put("id", "R-DANGLING").put("volunteerNumber", "V-NOBODY");
    lines.add(dangling.toString());
    // the template's volunteer serves 12.5 hours twice more on the template's day: more than 24 hours
    for (int i = 0; i < 2; i++) {
      ObjectNode longDay = MAPPER.valueToTree(template);
      LocalDateTime start = template.date().atTime(i * 11, 0);
      longDay.put("id", "R-LONG-" + i).put("start", start.toString())
          .put("end", start.plusMinutes(750).toString()).put("breakMinutes", 0).put("hours", "12.5");
      lines.add(longDay.toString());
    }
    // a village whose township is not in the dataset
    lines.add(Streams.SECOND.replace("500154001002", "500154002001").replace("\"500154001000\"",
        "\"500154002000\""));
    lines.add("{not json");
    lines.add("");
    lines.add("{\"type\":\"no-such-type\",\"id\":\"x\"}");
    return lines;
  }

  static String text(List<String> lines) {
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }
}
