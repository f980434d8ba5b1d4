/**
 * Internal: decimal numbers ({@code BigDecimal}: amounts of money in yuan, hours, areas) as JSON strings holding the
 * plain decimal, such as {@code "100000.00"}.
 */
package io.github.jiceng.governance.json.decimal;
