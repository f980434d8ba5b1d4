package io.github.jiceng.governance.json.territory;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.TownshipKind;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.core.territory.DistrictKind;
import io.github.jiceng.governance.core.territory.ImmutableDistrict;
import io.github.jiceng.governance.core.territory.ImmutableTownship;
import io.github.jiceng.governance.core.territory.ImmutableVillage;
import io.github.jiceng.governance.core.territory.UrbanRuralClass;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The Jackson mix-ins of the territorial units: the wire format of {@code District}, {@code Township} and
 * {@code Village}, kept here so that {@code governance-core} has no Jackson dependency (decision 0005).
 *
 * <p>Each value type gets a mix-in that names every attribute with {@link JsonProperty}, fixes the property order,
 * ignores the derived accessors ({@code level()}, {@code parentCode()}) explicitly, turns auto-detection off (a new
 * accessor never joins the wire format by accident), writes dates as ISO-8601 strings whatever the mapper's date
 * settings, and names the generated builder. Each builder gets a mix-in
 * that maps the same names to its setters: required attributes fail on {@code null} ({@code json.null-value}),
 * optional ones treat {@code null} as absent. A missing required attribute makes the builder fail with "some of
 * required attributes are not set", which the reader turns into {@code json.missing-property} findings.
 */
final class UnitMixins {
  private UnitMixins() {
  }

  /** The wire format of {@code District}. */
  @JsonDeserialize(builder = ImmutableDistrict.Builder.class)
  @JsonPropertyOrder({"code", "name", "kind", "established", "abolished"})
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
  abstract static class DistrictMixin {
    @JsonProperty("code")
    abstract DivisionCode code();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("kind")
    abstract DistrictKind kind();

    @JsonProperty("established")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    abstract Optional<LocalDate> established();

    @JsonProperty("abolished")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    abstract Optional<LocalDate> abolished();

    @JsonIgnore
    abstract DivisionLevel level();

    @JsonIgnore
    abstract Optional<DivisionCode> parentCode();
  }

  /** The setters of {@code ImmutableDistrict.Builder}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
  abstract static class DistrictBuilderMixin {
    @JsonProperty("code")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Object code(DivisionCode code);

    @JsonProperty("name")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Object name(String name);

    @JsonProperty("kind")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Object kind(DistrictKind kind);

    @JsonProperty("established")
    @JsonSetter(nulls = Nulls.SKIP)
    abstract Object established(LocalDate established);

    @JsonProperty("abolished")
    @JsonSetter(nulls = Nulls.SKIP)
    abstract Object abolished(LocalDate abolished);
  }

  /** The wire format of {@code Township}. */
  @JsonDeserialize(builder = ImmutableTownship.Builder.class)
  @JsonPropertyOrder({"code", "name", "kind", "districtCode", "established", "abolished"})
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
  abstract static class TownshipMixin {
    @JsonProperty("code")
    abstract DivisionCode code();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("kind")
    abstract TownshipKind kind();

    @JsonProperty("districtCode")
    abstract DivisionCode districtCode();

    @JsonProperty("established")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    abstract Optional<LocalDate> established();

    @JsonProperty("abolished")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    abstract Optional<LocalDate> abolished();

    @JsonIgnore
    abstract DivisionLevel level();

    @JsonIgnore
    abstract Optional<DivisionCode> parentCode();
  }

  /** The setters of {@code ImmutableTownship.Builder}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
  abstract static class TownshipBuilderMixin {
    @JsonProperty("code")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Object code(DivisionCode code);

    @JsonProperty("name")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Object name(String name);

    @JsonProperty("kind")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Object kind(TownshipKind kind);

    @JsonProperty("districtCode")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Object districtCode(DivisionCode districtCode);

    @JsonProperty("established")
    @JsonSetter(nulls = Nulls.SKIP)
    abstract Object established(LocalDate established);

    @JsonProperty("abolished")
    @JsonSetter(nulls = Nulls.SKIP)
    abstract Object abolished(LocalDate abolished);
  }

  /** The wire format of {@code Village}. */
  @JsonDeserialize(builder = ImmutableVillage.Builder.class)
  @JsonPropertyOrder({"code", "name", "kind", "townshipCode", "urbanRuralClass", "established", "abolished"})
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
  abstract static class VillageMixin {
    @JsonProperty("code")
    abstract DivisionCode code();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("kind")
    abstract VillageKind kind();

    @JsonProperty("townshipCode")
    abstract DivisionCode townshipCode();

    @JsonProperty("urbanRuralClass")
    abstract Optional<UrbanRuralClass> urbanRuralClass();

    @JsonProperty("established")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    abstract Optional<LocalDate> established();

    @JsonProperty("abolished")
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    abstract Optional<LocalDate> abolished();

    @JsonIgnore
    abstract DivisionLevel level();

    @JsonIgnore
    abstract Optional<DivisionCode> parentCode();
  }

  /** The setters of {@code ImmutableVillage.Builder}. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
  abstract static class VillageBuilderMixin {
    @JsonProperty("code")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Object code(DivisionCode code);

    @JsonProperty("name")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Object name(String name);

    @JsonProperty("kind")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Object kind(VillageKind kind);

    @JsonProperty("townshipCode")
    @JsonSetter(nulls = Nulls.FAIL)
    abstract Object townshipCode(DivisionCode townshipCode);

    @JsonProperty("urbanRuralClass")
    @JsonSetter(nulls = Nulls.SKIP)
    abstract Object urbanRuralClass(UrbanRuralClass urbanRuralClass);

    @JsonProperty("established")
    @JsonSetter(nulls = Nulls.SKIP)
    abstract Object established(LocalDate established);

    @JsonProperty("abolished")
    @JsonSetter(nulls = Nulls.SKIP)
    abstract Object abolished(LocalDate abolished);
  }
}
