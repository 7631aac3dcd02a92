package org.practicekit.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.billing.claim.Claim;
import org.practicekit.core.billing.claim.ClaimSubmission;
import org.practicekit.core.billing.claim.ClaimLine;
import org.practicekit.core.model.Client;

class ProfessionalClaimRoundTripTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 3, 9, 15, 0, 0, ZoneId.of("America/Chicago"));
    private final ProfessionalClaimWriter writer = new ProfessionalClaimWriter(BillingFixtures.PARTIES, BillingFixtures.PRACTICE);

    @Test
    void claimsWrittenAs837pParseBackWithTheSameValues() {
        List<ClaimSubmission> submissions = BillingFixtures.submissions();
        String edi = writer.write(submissions, 4217, NOW);

        List<ProfessionalClaimRecord> read = new ProfessionalClaimReader()
                .read(new ByteArrayInputStream(edi.getBytes(StandardCharsets.UTF_8)));

        assertThat(read).hasSize(submissions.size());
        for (int i = 0; i < read.size(); i++) {
            Claim c = submissions.get(i).claim();
            ProfessionalClaimRecord r = read.get(i);
            assertThat(r.claimId()).isEqualTo(c.id());
            assertThat(r.totalCharge()).isEqualTo(c.totalCharge());
            assertThat(r.placeOfService()).isEqualTo(c.placeOfService());
            assertThat(r.frequency()).isEqualTo(c.frequency());
            assertThat(r.priorAuthorization()).isEqualTo(c.priorAuthorization().orElse(""));
            assertThat(r.originalPayerClaimNumber()).isEqualTo(c.originalPayerClaimNumber().orElse(""));
            assertThat(r.diagnosisCodes()).isEqualTo(c.diagnosisCodes());
            assertThat(r.memberId()).isEqualTo(c.coverage().memberId());
            assertThat(r.toString()).as("member ids are PHI").doesNotContain(c.coverage().memberId());
            assertThat(r.payerId()).isEqualTo(c.coverage().payerId());
            assertThat(r.billingNpi()).isEqualTo(BillingFixtures.PRACTICE.npi());
            assertThat(r.renderingNpi()).isEqualTo(c.renderingNpi());
            assertThat(r.lines()).hasSameSizeAs(c.lines());
            for (int j = 0; j < c.lines().size(); j++) {
                ClaimLine expected = c.lines().get(j);
                ProfessionalClaimRecord.Line line = r.lines().get(j);
                assertThat(line.code()).isEqualTo(expected.code());
                assertThat(line.modifiers()).isEqualTo(expected.service().modifiers());
                assertThat(line.units()).isEqualTo(expected.service().units());
                assertThat(line.charge()).isEqualTo(expected.charge());
                assertThat(line.diagnosisPointers()).isEqualTo(expected.diagnosisPointers());
                assertThat(line.serviceDate()).isEqualTo(c.serviceDate());
            }
        }
    }

    @Test
    void theFileCarriesTheLoopsAClearinghouseExpects() {
        String edi = writer.write(BillingFixtures.submissions(), 4217, NOW);
        assertThat(edi).contains("ST*837*0001*005010X222A1~", "CLM*PK1002*170***10:B:1*Y*A*Y*Y~",
                "SV1*HC:90834:95*140*UN*1***1:2~", "REF*G1*AUTH-5521-A~", "HI*ABK:F321*ABF:Z630~", "REF*F8*LKS26340009876~",
                "SV1*HC:90840*210*UN*2***1~", "PAT*19~", "SBR*P*18*GRP7781*LAKESHORE PPO*****CI~", "SBR*P*18*******MB~");
        // The patient's administrative sex from the client record; U only where the client gave none.
        assertThat(edi).contains("DMG*D8*19880412*F~", "DMG*D8*19940903*U~");
        assertThat(edi).startsWith("ISA*00*          *00*          *ZZ*MAINSTCOUNSEL  *ZZ*CLEARHOUSE01   *261203*0915*^*00501*000004217*0*T*:~");
    }

    @Test
    void aDamagedFileIsReportedByPositionWithoutItsData() {
        String edi = writer.write(BillingFixtures.submissions(), 4217, NOW);
        String damaged = edi.replaceFirst("SE\\*(\\d+)\\*0001", "SE*7*0001");
        assertThatThrownBy(() -> new ProfessionalClaimReader()
                .read(new ByteArrayInputStream(damaged.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("SE")
                .hasMessageNotContaining("RIVERA");
    }

    @Test
    void everyMissingFieldAcrossTheBatchIsReportedAndNothingIsWritten() {
        Client noBirthDate = Client.builder().id(BillingFixtures.RIVERA.id()).name("Jordan", "Rivera").build();
        List<ClaimSubmission> batch = List.of(
                new ClaimSubmission(BillingFixtures.riveraClaim(), noBirthDate, BillingFixtures.WHITFIELD),
                new ClaimSubmission(BillingFixtures.chenClaim(), BillingFixtures.CHEN, BillingFixtures.OKAFOR));
        var out = new java.io.ByteArrayOutputStream();
        assertThatThrownBy(() -> writer.write(batch, 1, NOW, out)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.hasProblemAt("claims[0].client.birthDate")).isTrue();
            assertThat(e.hasProblemAt("claims[0].client.address")).isTrue();
            assertThat(e.hasProblemAt("claims[1].rendering")).isTrue();
        });
        assertThat(out.size()).isZero();
    }
}
