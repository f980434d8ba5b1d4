package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.ListCatalogues;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogues that ship with the library (内置清单).
 *
 * <p>{@link #CHONGQING}: Chongqing's city baseline in two versions (2019: the 27 assistance items; 2024: with 7
 * negative matters and the city-wide 7 certificates), 渝北区's 2023 lists (23 self-governance items, the city's 27
 * assistance items, 7 negative areas, 7 certificates) and 巴南区's 2024 certificate lists (5 the community may issue,
 * 32 it may not). They are built from {@code shared/domain/reference.md} section 2.2, which gives counts but few item
 * texts: <b>every item whose text the reference does not give is marked {@link
 * io.github.jiceng.governance.core.burden.WorkItem#illustrative() illustrative} in the data</b>, and effective dates
 * are the dates of the sources (the lists were in force by then). Do not present illustrative items as official.
 *
 * <p><b>Storage format ({@code jiceng-lists 1}).</b> The data are UTF-8 text resources next to this class, one
 * catalogue per file, read strictly (an unknown key or malformed value fails with the file and line). A JSON form
 * will be added by the JSON layer. Lines starting with {@code #} are comments; blank lines are ignored. The first line
 * is {@code format: jiceng-lists 1}; then {@code key: value} lines: {@code catalogue} (id), {@code version}, {@code
 * jurisdiction} (division code), {@code title}, {@code source}, optional {@code source-url}, {@code issued-by}, {@code
 * effective-from} (ISO date), optional {@code effective-until} (exclusive), {@code previous-version}, {@code
 * approval-path} ({@code 500112 -> 500000 | 由区政府报市政府审定后实施}), {@code approved-by}, any number of {@code
 * stated-count} ({@code ASSIST_GOVERNMENT 27}) and {@code note}. Then one line per item:
 *
 * <pre>
 * item: yb.n01 | NEGATIVE | 行政执法 | note=…
 * item: cq.a01 | ASSIST_GOVERNMENT | 协助开展人口普查、经济普查等统计调查 | illustrative; funding=FOLLOWS_TASK
 * </pre>
 *
 * <p>The fields are the id, the {@link io.github.jiceng.governance.core.burden.ListKind list kind}, the name and
 * optional attributes separated by {@code ;}: the flags {@code illustrative} and {@code commitment} (告知承诺制
 * replaces the certificate), and {@code level=}, {@code funding=}, {@code department=}, {@code basis=}, {@code
 * description=}, {@code note=}. Texts cannot contain {@code |} or {@code ;} (Chinese text uses {@code ；}).
 */
public enum BundledCatalogues implements CatalogueSource {
  /** Chongqing: the city baseline (2019, 2024), 渝北区 (2023) and 巴南区's certificate lists (2024). */
  CHONGQING("chongqing-2019.lists", "chongqing-2024.lists", "yubei-2023.lists", "banan-2024.lists");

  private final List<String> resources;

  BundledCatalogues(String... resources) {
    this.resources = List.of(resources);
  }

  @Override
  public ListCatalogues catalogues() {
    return Loaded.CHONGQING;
  }

  /**
   * Returns the names of the resources the catalogues are read from.
   *
   * @return the resource names, relative to this class's package
   */
  public List<String> resources() {
    return resources;
  }

  /** Loads on first use, once per class loader. */
  private static final class Loaded {
    static final ListCatalogues CHONGQING = load(BundledCatalogues.CHONGQING);

    private static ListCatalogues load(BundledCatalogues bundle) {
      List<ListCatalogue> catalogues = new ArrayList<>();
      for (String name : bundle.resources) {
        InputStream in = BundledCatalogues.class.getResourceAsStream(name);
        if (in == null) {
          throw new IllegalStateException("bundled catalogue resource " + name + " is missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          catalogues.add(CatalogueText.read(name, reader));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException("cannot close " + name, e);
        }
      }
      return ListCatalogues.of(catalogues);
    }
  }
}
