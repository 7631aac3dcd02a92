package org.practicekit.core.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;

/** The rule table in {@code cpt-cases.csv}: each row names the rule it checks. */
class CptSuggesterTableTest {
    private static final String CASES = "/org/practicekit/core/billing/cpt-cases.csv";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = CASES, delimiter = '|', numLinesToSkip = 1)
    void suggestsWhatTheRuleSays(int caseNo, String rule, ServiceType service, int minutes, boolean em, boolean ic,
            Telehealth telehealth, boolean home, PayerKind payer, boolean billable, String lines, String pos,
            String warning) {
        SessionFacts facts = SessionFacts.builder().serviceType(service).minutes(minutes).withEvaluationAndManagement(em)
                .interactiveComplexity(ic).telehealth(telehealth).clientAtHome(home).payer(payer).build();

        CptSuggestion s = CptSuggester.standard().suggest(facts);

        assertThat(s.billable()).as("billable (%s)", rule).isEqualTo(billable);
        List<String> expected = lines.equals("none") ? List.of() : Arrays.asList(lines.split(";"));
        assertThat(s.lines()).as("lines (%s)", rule).map(CptLine::toString).containsExactlyElementsOf(expected);
        assertThat(s.placeOfService()).as("place of service (%s)", rule).isEqualTo(pos);
        assertThat(s.rationale()).as("every line and rule has a reason").hasSizeGreaterThanOrEqualTo(s.lines().size() + 1);
        if (!warning.equals("-")) {
            assertThat(s.warnings()).as("warnings (%s)", rule).anyMatch(w -> w.contains(warning));
        }
    }

    @Test
    void theTableCoversAtLeastFortyCasesEachWithItsRule() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(CASES)) {
            List<String> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> !l.isBlank()).toList();
            assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
            assertThat(rows).allSatisfy(r -> assertThat(r.split("\\|")[1]).hasSizeGreaterThan(10));
        }
    }
}
