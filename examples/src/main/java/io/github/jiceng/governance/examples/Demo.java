package io.github.jiceng.governance.examples;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.InvalidIdentifierException;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.core.territory.ImmutableVillage;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.ValidationReport;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.testkit.TerritoryGenerators;
import io.github.jiceng.governance.testkit.TerritoryShape;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo that the README's first command runs: identifiers, a synthetic Kaizhou-like district territory, and the
 * rule engine's findings on it, in Chinese and English.
 *
 * <p>Arguments: {@code --locale en} (default) or {@code --locale zh-CN}; {@code --seed N} (default 2026).
 */
public final class Demo {
  private static final DivisionCode KAIZHOU = DivisionCode.parse("500154");
  /** Keeps Hibernate Validator's start-up banner off the demo's output (a strong reference, so it stays set). */
  private static final Logger HIBERNATE_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private final PrintStream out;
  private final Locale locale;
  private final long seed;

  Demo(PrintStream out, Locale locale, long seed) {
    this.out = out;
    this.locale = locale;
    this.seed = seed;
  }

  /**
   * Runs the demo.
   *
   * @param args {@code --locale en|zh-CN}, {@code --seed N}
   */
  public static void main(String[] args) {
    Locale locale = Locale.ENGLISH;
    long seed = 2026L;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      if ("--locale".equals(args[i])) {
        locale = Locale.forLanguageTag(value);
        i++;
      } else if ("--seed".equals(args[i])) {
        try {
          seed = Long.parseLong(value);
        } catch (NumberFormatException e) {
          System.err.println("--seed needs a whole number, found '" + value + "'");
          System.exit(2);
        }
        i++;
      } else {
        System.err.println("unknown argument '" + args[i] + "'; use --locale en|zh-CN and --seed N");
        System.exit(2);
      }
    }
    HIBERNATE_VALIDATOR_LOG.setLevel(Level.WARNING);
    new Demo(System.out, locale, seed).run();
  }

  void run() {
    out.println("Jiceng governance SDK demo / 基层治理 SDK 演示");
    out.println("=========================================");
    identifiers();
    ValidationReport report = territory();
    out.println();
    out.println(report.hasErrors()
        ? "Result: the dataset has errors (the demo plants them on purpose)."
        : "Result: no errors.");
  }

  private void identifiers() {
    out.println();
    out.println("1. Identifiers (标识码)");
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91310110666007217T");
    out.println("   credit code " + code + ": authority " + code.registrationAuthority()
        .map(a -> a.displayName(locale)).orElse("?") + ", category " + code.organisationCategory()
        .map(c -> c.displayName(locale)).orElse("?") + ", registered in " + code.divisionPart()
        + ", organisation code " + code.organisationCode());
    try {
      UnifiedSocialCreditCode.parse("91310110666007217A");
    } catch (InvalidIdentifierException e) {
      out.println("   rejected: " + e.getMessage());
    }
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");
    out.println("   resident ID " + id + " (masked personal data): " + id.sex().displayName(locale) + ", age "
        + id.ageOn(LocalDate.of(2026, 11, 26)) + " on 2026-11-26");
  }

  private ValidationReport territory() {
    out.println();
    out.println("2. Territory (行政区划): a synthetic district shaped like Kaizhou (开州区, 500154), seed " + seed);
    Territory clean = TerritoryGenerators.territories(TerritoryShape.kaizhouLike()).generate(new SplittableRandom(seed));
    List<TerritorialUnit> units = new ArrayList<>(clean.units());
    List<Village> villages = clean.villages();
    List<Township> townships = clean.townships();
    // Plant realistic mistakes, each as a data-entry system would make it.
    Village wrongTownship = ImmutableVillage.copyOf(villages.get(10)).withTownshipCode(townships.get(5).code());
    Village wrongKind = ImmutableVillage.copyOf(villages.get(20)).withKind(
        villages.get(20).kind() == VillageKind.VILLAGE ? VillageKind.COMMUNITY : VillageKind.VILLAGE);
    Village noName = ImmutableVillage.copyOf(villages.get(30)).withName(" ");
    Township otherDistrict = Township.of(DivisionCode.parse("500103001000"), "解放碑街道");
    units.set(units.indexOf(villages.get(10)), wrongTownship);
    units.set(units.indexOf(villages.get(20)), wrongKind);
    units.set(units.indexOf(villages.get(30)), noName);
    units.add(otherDistrict);
    out.println("   planted: " + wrongTownship.name() + " states the wrong township; " + wrongKind.name()
        + " the wrong kind; village " + noName.code() + " has a blank name; " + otherDistrict.name()
        + " belongs to another district");
    out.println("   " + clean);
    Village first = clean.villages().get(0);
    out.println("   " + first.name() + " (" + first.code() + ") lies in "
        + clean.townshipOf(first).map(t -> t.name() + " (" + t.code() + ")").orElse("?"));

    out.println();
    RulePack pack = StandardPacks.forJurisdiction(KAIZHOU.gbCode());
    out.println("3. Rules (规则): pack " + pack.id() + " " + pack.version() + ", " + pack.rules().size() + " rules");
    Validator validator = Validator.builder(pack).lookup(RecordLookup.ofRecords(units)).build();
    ValidationReport report = validator.validate(units);
    out.println("   " + report.recordCount() + " records, " + report.count(Severity.ERROR) + " "
        + Severity.ERROR.displayName(locale) + ", " + report.count(Severity.WARNING) + " "
        + Severity.WARNING.displayName(locale));
    for (Finding finding : report.findings()) {
      out.println("   [" + finding.severity().displayName(locale) + "] " + finding.code() + " at "
          + finding.subject() + " " + finding.location().pointer());
      out.println("       " + finding.message(locale));
    }
    return report;
  }
}
