/**
 * Rules about identifiers (标识码规则): credit codes whose check characters fail (accepted by lenient parsing for
 * early pilot-area codes) and credit codes registered outside the jurisdiction.
 *
 * <p>Rule ids start with {@code id.}; {@link io.github.jiceng.governance.rules.id.IdentifierRules#all()} lists them.
 */
package io.github.jiceng.governance.rules.id;
