/**
 * Rules of five-society linkage (五社联动规则): lawful and complete records of the five actors (committees, social
 * organisations, social workers, volunteers and their service records, charity resources) and linkage projects that
 * really link them.
 *
 * <p>Rule ids start with {@code linkage.}; {@link io.github.jiceng.governance.rules.linkage.LinkageRules#all()} lists
 * the national rules and {@link io.github.jiceng.governance.rules.linkage.LinkageRules#chongqing()} the Chongqing
 * ones. Cross-record rules (a project's service records, a worker's employer, a campaign's qualified partner) read
 * other records through the validator's {@link io.github.jiceng.governance.rules.RecordLookup} and stay silent for
 * record types the lookup does not cover. Volunteers' daily totals are checked on {@link
 * io.github.jiceng.governance.core.linkage.volunteer.VolunteerServiceLog}s built from the service records.
 */
package io.github.jiceng.governance.rules.linkage;
