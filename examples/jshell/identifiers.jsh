// Jiceng governance SDK: identifiers in JShell.
// Start from the repository root:
//   ./mvnw -q -pl governance-core -am package -DskipTests
//   jshell --class-path governance-core/target/governance-core-0.1.0-SNAPSHOT.jar examples/jshell/identifiers.jsh
import io.github.jiceng.governance.core.id.*;
import java.time.LocalDate;
import java.util.Locale;

// A unified social credit code (统一社会信用代码) from the domain notes, and its parts.
var code = UnifiedSocialCreditCode.parse("91310110666007217T");
System.out.println("credit code            " + code);
System.out.println("registration authority " + code.registrationAuthorityCode() + " " + code.registrationAuthority().map(a -> a.name() + " / " + a.displayName(Locale.SIMPLIFIED_CHINESE)).orElse("(unknown)"));
System.out.println("organisation category  " + code.categoryCode() + " " + code.organisationCategory().map(c -> c.name() + " / " + c.displayName(Locale.SIMPLIFIED_CHINESE)).orElse("(unknown)"));
System.out.println("division part          " + code.divisionPart() + " -> " + code.registrationDivision());
System.out.println("organisation code      " + code.organisationCode());
System.out.println("check character        " + code.checkCharacter());

// A wrong check character is reported with its position.
try { UnifiedSocialCreditCode.parse("91310110666007217A"); } catch (InvalidIdentifierException e) { System.out.println(e.getMessage()); }

// A resident identity number (居民身份证号码) is personal data: toString masks it.
var id = ResidentIdNumber.parse("11010519491231002X");
System.out.println("resident id            " + id + "  born " + id.birthDate() + ", " + id.sex().displayName(Locale.ENGLISH) + ", age on 2026-11-26: " + id.ageOn(LocalDate.of(2026, 11, 26)));

// Division codes (行政区划代码): Kaizhou District, Chongqing.
var kaizhou = DivisionCode.parse("500154");
System.out.println("division               " + kaizhou + " level " + kaizhou.level() + ", parent " + kaizhou.parent().orElseThrow());
