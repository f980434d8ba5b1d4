package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * A part of the sample district dataset (样本数据分册): the records written to one file.
 */
public enum SamplePart implements Displayable {
  /** The district, its townships and streets, villages and communities. */
  TERRITORY("territory", "行政区划", "territory"),
  /** The three-tier service system: guidance centre, stations, rooms, their workers, organisations and records. */
  SERVICE("service", "三级服务体系", "three-tier service system"),
  /** Five-society linkage: committees, volunteers, service records, funds, campaigns, projects. */
  LINKAGE("linkage", "五社联动", "five-society linkage"),
  /** Self-governance: covenants, meetings, committees, representative assemblies, councils and their records. */
  COVENANTS("covenants", "村规民约与议事", "covenants and meetings"),
  /** Burden reduction: admission requests and certificate requests. */
  BURDEN("burden", "减负准入", "burden reduction");

  private final String fileName;
  private final BilingualText name;

  SamplePart(String fileName, String chinese, String english) {
    this.fileName = fileName;
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the base name of the part's file.
   *
   * @return for example {@code territory}, for {@code territory.ndjson}
   */
  public String fileName() {
    return fileName;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}
