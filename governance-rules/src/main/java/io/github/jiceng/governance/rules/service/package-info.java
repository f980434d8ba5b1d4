/**
 * Indicators and rules of the three-tier social-work service system (三级社会工作服务体系指标与规则), in the way DHIS2
 * treats health facilities: an organisation-unit hierarchy ({@link io.github.jiceng.governance.core.service.ServiceSystem}),
 * indicators as numerator over denominator ({@link io.github.jiceng.governance.rules.service.Indicator}, {@link
 * io.github.jiceng.governance.rules.service.ServiceIndicators}) and validation rules that compare a left side with a
 * right side by an operator ({@link io.github.jiceng.governance.rules.service.ComparisonOperator}).
 *
 * <p>Rule ids start with {@code service.}; {@link io.github.jiceng.governance.rules.service.ServiceRules#all()} lists
 * them. Rules over aggregates (a township without a station, a station's staffing) find the district's system through
 * the validator's lookup: use {@link io.github.jiceng.governance.rules.service.ServiceLookup#of(Iterable)}; with
 * another lookup they stay silent. Local standards are pack parameters, off by default: {@link
 * io.github.jiceng.governance.rules.service.ServiceStandards}.
 */
package io.github.jiceng.governance.rules.service;
