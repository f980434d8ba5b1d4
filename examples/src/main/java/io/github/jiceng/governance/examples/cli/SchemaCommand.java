package io.github.jiceng.governance.examples.cli;

import io.github.jiceng.governance.json.JsonSchemas;
import io.github.jiceng.governance.rules.RecordTypes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code jiceng schema}: the JSON Schema of a record type, or the list of record types. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {"Prints the JSON Schema (draft 2020-12) of a record type; without a type, lists the types."},
    footer = {"", "Example: jiceng schema village > village.schema.json"})
final class SchemaCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(arity = "0..1", paramLabel = "TYPE", description = "A record type, such as village or covenant.")
  private String type;

  @Mixin
  private LocaleOption language;

  SchemaCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (type == null) {
      for (String name : RecordTypes.standard().names()) {
        if (JsonSchemas.ofRecordType(name).isPresent()) {
          console.out().println(name);
        }
      }
      return Jiceng.OK;
    }
    String schema = JsonSchemas.ofRecordType(type).orElseThrow(() -> new UsageError(language.text(
        "未知的记录类型“" + type + "”；运行 jiceng schema 查看全部类型",
        "unknown record type '" + type + "'; run 'jiceng schema' to list the types")));
    console.out().print(schema.endsWith("\n") ? schema : schema + "\n");
    return Jiceng.OK;
  }
}
