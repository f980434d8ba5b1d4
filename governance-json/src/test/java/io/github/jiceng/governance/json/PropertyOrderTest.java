package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.ApprovalPath;
import io.github.jiceng.governance.core.burden.CertificateRequest;
import io.github.jiceng.governance.core.burden.DecisionReason;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.WorkItem;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Pins the property order of the wire format (decision 0009): the territorial units keep the order documented since
 * decision 0005; every other type is written in the order its accessors are declared in the source, written out here
 * by hand from the source files.
 */
class PropertyOrderTest {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();

  private static List<String> order(Class<?> type, long seed) throws Exception {
    Object value = ValueSamples.full(type, new SplittableRandom(seed));
    List<String> names = new ArrayList<>();
    MAPPER.readValue(MAPPER.writeValueAsString(value), JsonNode.class).fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void assertOrder(Class<?> type, String... names) throws Exception {
    for (long seed = 0; seed < 3; seed++) {
      List<String> expected = new ArrayList<>(List.of(names));
      if (type != ApprovalPath.class && type != WorkItem.class && type != DecisionReason.class) {
        expected.add(0, GovernanceJson.TYPE_PROPERTY);
      }
      assertThat(order(type, seed)).as(type.getSimpleName()).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void theTerritorialUnitsKeepTheirDocumentedOrder() throws Exception {
    assertOrder(District.class, "code", "name", "kind", "established", "abolished");
    assertOrder(Township.class, "code", "name", "kind", "districtCode", "established", "abolished");
    assertOrder(Village.class, "code", "name", "kind", "townshipCode", "urbanRuralClass", "established",
        "abolished");
  }

  @Test
  void otherTypesFollowTheDeclarationOrderOfTheirAccessors() throws Exception {
    assertOrder(AdmissionRequest.class, "id", "date", "requestingDepartment", "departmentJurisdiction", "task",
        "taskDescription", "itemIds", "targets", "periodStart", "periodEnd", "funding", "fundingAmount", "legalBasis",
        "mode", "proposesListAddition");
    assertOrder(AdmissionDecision.class, "requestId", "date", "outcome", "reasons", "catalogues", "referredTo");
    assertOrder(DecisionReason.class, "kind", "itemId", "itemName", "list", "catalogue", "basis", "approver");
    assertOrder(CertificateRequest.class, "id", "date", "community", "certificate", "itemId", "purpose",
        "applicant");
    assertOrder(ListCatalogue.class, "id", "version", "jurisdiction", "title", "sourceDocument", "sourceUrl",
        "issuedBy", "effectiveFrom", "effectiveUntil", "previousVersion", "approvalPath", "approvedBy", "items",
        "statedCounts", "note");
    assertOrder(WorkItem.class, "id", "kind", "name", "description", "level", "legalBasis", "responsibleDepartment",
        "funding", "commitmentReplaces", "illustrative", "note");
    assertOrder(ApprovalPath.class, "proposer", "approver", "description");
  }
}
