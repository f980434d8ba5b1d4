package io.github.jiceng.governance.examples.snippets;

import io.github.jiceng.governance.json.ReadResult;
import io.github.jiceng.governance.json.RecordReader;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The validator embedded in a plain Java service (嵌入式校验服务): create one instance at start-up and share it.
 * Thread-safe: the reader and the validator are immutable.
 */
public final class EmbeddedValidator {
  private final RecordReader reader = RecordReader.create();
  private final Validator validator;

  /** @param pack the rule pack, such as {@code StandardPacks.chongqing()} */
  public EmbeddedValidator(RulePack pack) {
    this.validator = Validator.of(pack);
  }

  /**
   * Checks one JSON record with its {@code "type"}. @param json the record
   * @return the problems of the JSON ({@code json.*}), then the constraint and rule findings; empty if fine
   */
  public List<Finding> check(String json) {
    ReadResult<Object> read = reader.readRecord(json);
    List<Finding> findings = new ArrayList<>(read.findings());
    read.value().ifPresent(record -> findings.addAll(validator.check(record).findings()));
    return findings;
  }

  /** @param args not used @throws Exception if a thread fails */
  public static void main(String[] args) throws Exception {
    EmbeddedValidator service = new EmbeddedValidator(StandardPacks.chongqing());
    String request = "{\"type\": \"admission-request\", \"id\": \"YB-2025-014\", \"date\": \"2025-03-03\","
        + " \"requestingDepartment\": \"渝北区城市管理局\", \"departmentJurisdiction\": \"500112\", \"task\": \"城市管理\","
        + " \"targets\": [\"500112101201\"], \"periodStart\": \"2025-04-01\", \"funding\": \"FUNDS_FOLLOW_TASK\"}";
    String broken = "{\"type\": \"admission-request\", \"id\": \"YB-2025-015\", \"date\": \"2025-02-30\"}";
    ExecutorService threads = Executors.newFixedThreadPool(4);
    List<Future<List<Finding>>> results = new ArrayList<>();
    for (String json : List.of(request, broken, request, broken)) {
      results.add(threads.submit(() -> service.check(json)));
    }
    for (Future<List<Finding>> result : results) {
      result.get().forEach(f -> System.out.println(f.code().value() + " " + f.severity() + " "
          + f.location().pointer() + "  " + f.message(Locale.ENGLISH)));
    }
    threads.shutdown();
  }
}
