package io.github.jiceng.governance.examples.cli;

import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --pack} option: the standard rule pack of a jurisdiction, by {@code cn} (national, the default),
 * {@code cn.chongqing} or {@code chongqing}, or a division code such as {@code 500154} (Kaizhou: the Chongqing pack
 * with Kaizhou as jurisdiction) or {@code 100000}.
 */
final class PackOption {
  @Option(names = "--pack", paramLabel = "JURISDICTION",
      description = "Rule pack: cn (national, default), chongqing, or a division code such as 500154.")
  private String pack;

  /**
   * Returns the chosen pack.
   *
   * @param language for the error message
   * @return the pack
   * @throws UsageError if the jurisdiction is not known
   */
  RulePack pack(LocaleOption language) {
    if (pack == null) {
      return StandardPacks.national();
    }
    String code = pack.trim().toLowerCase(Locale.ROOT);
    switch (code) {
      case "cn":
      case "national":
        return StandardPacks.national();
      case "cn.chongqing":
      case "chongqing":
        return StandardPacks.chongqing();
      default:
        try {
          return StandardPacks.forJurisdiction(code);
        } catch (IllegalArgumentException e) {
          throw new UsageError(language.text(
              "--pack：未知的辖区“" + pack + "”；请使用 cn、chongqing 或 6 位行政区划代码，例如 500154",
              "--pack: unknown jurisdiction '" + pack + "'; use cn, chongqing or a 6-digit division code such as 500154"));
        }
    }
  }
}
