package io.github.jiceng.governance.rules.testing;

import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.PersonalData;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.Map;

/** Warns when the contact phone is not 11 digits; the phone is personal data. */
@RuleDefinition(id = "meeting.contact.phone-format", severity = Severity.WARNING)
public final class ContactPhoneRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public void check(Meeting meeting, RuleContext context, FindingCollector out) {
    meeting.contactPhone().filter(phone -> !phone.matches("\\d{11}")).ifPresent(phone ->
        out.report(JsonPointer.of("contactPhone"), Map.of("phone", PersonalData.of(phone), "date", meeting.date())));
  }
}
