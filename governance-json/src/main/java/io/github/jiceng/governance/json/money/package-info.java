/**
 * Internal: amounts of money (金额) as decimal strings of yuan, such as {@code "100000.00"}.
 */
package io.github.jiceng.governance.json.money;
