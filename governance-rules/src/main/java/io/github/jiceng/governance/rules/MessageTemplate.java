package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A message template with named placeholders (消息模板), such as
 * {@code attendance {attendance} of {eligible} eligible, below half}.
 *
 * <p>A placeholder is {@code {name}} with a name of letters, digits and underscores, starting with a letter; write
 * {@code {{} and {@code }}} for literal braces. {@link #render} fails fast when an argument is missing, so that a rule
 * that forgets an argument fails in its first test rather than printing a raw placeholder. Extra arguments are allowed
 * (they are kept as attributes of the finding).
 */
public final class MessageTemplate implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The template text. */
  private final String source;
  /** Literal text before each placeholder, plus the trailing literal: size = names.size() + 1. */
  private final List<String> literals;
  /** Placeholder names in order of appearance. */
  private final List<String> names;

  private MessageTemplate(String source, List<String> literals, List<String> names) {
    this.source = source;
    this.literals = literals;
    this.names = names;
  }

  /**
   * Parses a template.
   *
   * @param source the template text, not null
   * @return the template
   * @throws IllegalArgumentException if a brace is unbalanced or a placeholder name is malformed
   */
  public static MessageTemplate parse(String source) {
    Objects.requireNonNull(source, "source");
    List<String> literals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < source.length() && source.charAt(i + 1) == c) {
        literal.append(c);
        i += 2;
      } else if (c == '}') {
        throw new IllegalArgumentException(
            "message template '" + source + "' has an unmatched '}' at index " + i + "; write '}}' for a literal brace");
      } else if (c == '{') {
        int close = source.indexOf('}', i);
        String name = close < 0 ? "" : source.substring(i + 1, close);
        if (close < 0 || !isName(name)) {
          throw new IllegalArgumentException(
              "message template '" + source + "' has a malformed placeholder at index " + i
                  + "; expected {name} with a letter followed by letters, digits or '_', or '{{' for a literal brace");
        }
        literals.add(literal.toString());
        literal.setLength(0);
        names.add(name);
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    literals.add(literal.toString());
    return new MessageTemplate(source, List.copyOf(literals), List.copyOf(names));
  }

  private static boolean isName(String name) {
    if (name.isEmpty() || !isAsciiLetter(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Returns the names of the placeholders.
   *
   * @return an immutable sorted set of names
   */
  public SortedSet<String> placeholders() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(names));
  }

  /**
   * Fills the placeholders with arguments formatted by {@link ArgumentFormatter#display}.
   *
   * @param arguments the arguments by name; none null
   * @param locale the message locale, not null
   * @param reveal whether personal data is shown in clear
   * @return the message
   * @throws IllegalArgumentException if a placeholder has no argument
   */
  public String render(Map<String, ?> arguments, Locale locale, boolean reveal) {
    Objects.requireNonNull(arguments, "arguments");
    Objects.requireNonNull(locale, "locale");
    StringBuilder message = new StringBuilder(source.length() + 16);
    for (int i = 0; i < names.size(); i++) {
      message.append(literals.get(i));
      Object value = arguments.get(names.get(i));
      if (value == null) {
        throw new IllegalArgumentException(
            "message template '" + source + "' needs the argument {" + names.get(i) + "}, but the arguments are "
                + new TreeSet<>(arguments.keySet()));
      }
      message.append(ArgumentFormatter.display(value, locale, reveal));
    }
    return message.append(literals.get(names.size())).toString();
  }

  /**
   * Returns the template text.
   *
   * @return the text as parsed
   */
  public String source() {
    return source;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MessageTemplate && source.equals(((MessageTemplate) other).source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  /** Returns the template text. */
  @Override
  public String toString() {
    return source;
  }
}
