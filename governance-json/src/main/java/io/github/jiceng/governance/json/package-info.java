/**
 * Jackson support: {@link io.github.jiceng.governance.json.GovernanceJson#mapper()} reads and writes every model type.
 */
package io.github.jiceng.governance.json;
