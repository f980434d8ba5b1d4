package io.github.jiceng.governance.examples.cli;

import io.github.jiceng.governance.rules.pack.StandardPacks;
import picocli.CommandLine;

/** The version line of {@code jiceng --version}: the jar's version (from its manifest), the packs' and Java's. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Jiceng.class.getPackage().getImplementationVersion();
    return new String[] {"jiceng " + (version == null ? "(development build)" : version) + ", rule packs "
        + StandardPacks.VERSION + ", Java " + System.getProperty("java.version")};
  }
}
