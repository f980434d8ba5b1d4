package io.github.jiceng.governance.examples.snippets;

import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.FundingOffer;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.burden.AdmissionBatch;
import io.github.jiceng.governance.json.burden.AdmissionBatchSummary;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Bulk admission (批量准入审查): decides every admission request of an NDJSON input with the Chongqing pack and prints
 * the NDJSON decision lines (one per request, then a summary line). Here the input is built in memory; with a file,
 * call {@code batch.run(Path.of("requests.ndjson"), System.out)}.
 */
public final class BulkAdmission {
  private BulkAdmission() {
  }

  /**
   * Runs the example.
   *
   * @param args not used
   * @throws Exception if the requests cannot be written as JSON
   */
  public static void main(String[] args) throws Exception {
    StringBuilder ndjson = new StringBuilder();
    String[][] tasks = {{"YB-1", "城市管理"}, {"YB-2", "协助开展农村人居环境整治"}, {"YB-3", "垃圾分类入户宣传"}};
    for (String[] task : tasks) {
      AdmissionRequest request = AdmissionRequest.builder().id(task[0]).date(LocalDate.of(2025, 3, 3))
          .requestingDepartment("渝北区城市管理局").departmentJurisdiction(DivisionCode.parse("500112"))
          .task(task[1]).addTargets(DivisionCode.parse("500112101201"))
          .periodStart(LocalDate.of(2025, 6, 2)).funding(FundingOffer.FUNDS_FOLLOW_TASK).build();
      ndjson.append(GovernanceJson.mapper().writeValueAsString(request)).append('\n');
    }

    AdmissionBatch batch = AdmissionBatch.of(Validator.of(StandardPacks.chongqing()));
    AdmissionBatchSummary summary =
        batch.run(new ByteArrayInputStream(ndjson.toString().getBytes(StandardCharsets.UTF_8)), System.out);
    System.out.println(summary);
  }
}
