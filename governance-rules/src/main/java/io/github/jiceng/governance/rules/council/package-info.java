/**
 * Rules for councils, mediated disputes and triaged matters (议事协商与三事分流规则). No statute governs these bodies
 * (reference §3.3), so the rules are warnings or information that check what the practice itself states: a closed
 * dispute has a recorded outcome, and a matter triaged as 大事, 小事 or 私事 goes to the body its class names.
 */
package io.github.jiceng.governance.rules.council;
