package io.github.jiceng.governance.core.territory;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.VillageKind;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A village-level unit (村级单位): an administrative village (村, governed by a villagers' committee) or a residents'
 * community (社区, governed by a residents' committee), such as 金州社区 or 顶星村. There is no separate community
 * type: a community is a village-level unit of kind {@link VillageKind#COMMUNITY}.
 *
 * <p>Its {@link #code()} must be village-level and its stated {@link #townshipCode()} township-level (checked at
 * construction). Whether the township code is the parent of the code, whether that township exists, and whether the
 * {@link #kind()} agrees with the code's village range (001-199 community, 200-399 village) are not checked here:
 * rules report them as findings.
 *
 * <pre>{@code
 * Village jinzhou = Village.of(DivisionCode.parse("500154001001"), "金州社区"); // COMMUNITY, in 500154001000
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Village implements TerritorialUnit {
  private static final String TYPE = "Village";

  Village() {
  }

  /**
   * Returns a new builder, for villages with a stated township or kind that differs from the code, with an
   * urban-rural class or with a validity period.
   *
   * @return a new strict builder
   */
  public static ImmutableVillage.Builder builder() {
    return new ImmutableVillage.Builder();
  }

  /**
   * Returns a village-level unit that agrees with its code: the kind is read from the code's village range and the
   * township is the code's parent; it has no urban-rural class and is in force without time limits.
   *
   * @param code the village-level code, not null
   * @param name the name, such as {@code "金州社区"}, not null
   * @return the village-level unit
   * @throws IllegalArgumentException if the code is not village-level
   * @throws NullPointerException if an argument is null
   */
  public static Village of(DivisionCode code, String name) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    UnitInvariants.requireLevel(TYPE, name, "code", code, DivisionLevel.VILLAGE);
    return builder()
        .code(code)
        .name(name)
        .kind(code.villageKind().orElseThrow())
        .townshipCode(code.ancestorAt(DivisionLevel.TOWNSHIP))
        .build();
  }

  /**
   * Returns the kind the record states: community (社区) or village (村); rules compare it with {@link
   * DivisionCode#villageKind()}.
   *
   * @return the kind
   */
  public abstract VillageKind kind();

  /**
   * Returns the code of the township the record states the unit belongs to; rules compare it with the parent of
   * {@link #code()}.
   *
   * @return a township-level code
   */
  public abstract DivisionCode townshipCode();

  /**
   * Returns the urban-rural classification (城乡分类代码) published with the unit's code, if known.
   *
   * @return the class, or empty
   */
  public abstract Optional<UrbanRuralClass> urbanRuralClass();

  /**
   * Returns {@link DivisionLevel#VILLAGE}.
   *
   * @return the village level
   */
  @Override
  public final DivisionLevel level() {
    return DivisionLevel.VILLAGE;
  }

  /**
   * Returns the stated {@link #townshipCode()}.
   *
   * @return the township code, always present
   */
  @Override
  public final Optional<DivisionCode> parentCode() {
    return Optional.of(townshipCode());
  }

  @Value.Check
  void check() {
    UnitInvariants.requireLevel(TYPE, name(), "code", code(), DivisionLevel.VILLAGE);
    UnitInvariants.requireLevel(TYPE, name(), "stated township code", townshipCode(), DivisionLevel.TOWNSHIP);
    UnitInvariants.requireValidity(TYPE, this);
  }

  /** Returns for example {@code "Village[500154001001 金州社区 COMMUNITY, township 500154001000, urban-rural 111]"}. */
  @Override
  public String toString() {
    String validity = UnitInvariants.describeValidity(this);
    return "Village[" + code() + " " + name() + " " + kind() + ", township " + townshipCode()
        + urbanRuralClass().map(c -> ", urban-rural " + c.code()).orElse("")
        + (validity.isEmpty() ? "" : ", " + validity) + "]";
  }
}
