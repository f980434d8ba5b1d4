package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.burden.ImmutableListCatalogue;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.WorkItem;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.json.value.ValueTypeJson;
import io.github.jiceng.governance.rules.RecordType;
import io.github.jiceng.governance.rules.RecordTypes;
import org.junit.jupiter.api.Test;

/**
 * An attribute named {@code type} of a record type would collide with the record's {@code "type"}; it is written as
 * the record type name in lowerCamelCase followed by {@code Type}, as docs/json-format.md says. Nested values keep
 * {@code type}. (The covenant area's {@code Meeting.type()} is the first such attribute; the generic tests cover it
 * end to end once it is in the registry.)
 */
class TypeAttributeNameTest {
  @Test
  void theTypeAttributeOfARecordIsNamedAfterTheRecordType() {
    RecordTypes types = RecordTypes.standard().with(RecordType.of("work-item-record", WorkItem.class, WorkItem::id));
    assertThat(ValueTypeJson.propertyName(types, Village.class, "type")).isEqualTo("villageType");
    assertThat(ValueTypeJson.propertyName(types, ListCatalogue.class, "type")).isEqualTo("listCatalogueType");
    assertThat(ValueTypeJson.propertyName(types, ImmutableListCatalogue.Builder.class, "type"))
        .isEqualTo("listCatalogueType");
    assertThat(ValueTypeJson.propertyName(types, WorkItem.class, "type")).isEqualTo("workItemRecordType");
  }

  @Test
  void otherAttributesAndNestedValuesKeepTheirNames() {
    RecordTypes types = RecordTypes.standard();
    assertThat(ValueTypeJson.propertyName(types, WorkItem.class, "type")).isEqualTo("type");
    assertThat(ValueTypeJson.propertyName(types, Village.class, "kind")).isEqualTo("kind");
    assertThat(ValueTypeJson.propertyName(types, String.class, "type")).isEqualTo("type");
  }
}
