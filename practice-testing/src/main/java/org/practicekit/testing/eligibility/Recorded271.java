package org.practicekit.testing.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The recorded 271 response shapes the clearinghouse contract and the demo's clearinghouse stand-in
 * answer with, one file each under {@code org/practicekit/testing/eligibility/}. Each echoes the trace
 * {@value #TRACE} (TRN*2), which {@link RecordedClearinghouse} replaces with the trace of the 270 it
 * answers. Names, member ids and dates are invented.
 */
public enum Recorded271 {
    /** Active; outpatient mental health (MH) covered: copay $30 in / $75 out of network, coinsurance 20 % / 40 %, deductible $500 with $125.50 left. */
    ACTIVE_MH_COPAY_COINSURANCE_DEDUCTIBLE("active-mh-copay-coinsurance-deductible"),
    /** Inactive: EB*6, plan ended 2026-09-30. */
    INACTIVE("inactive"),
    /** The answer is in the dependent's loop (2000D): active, A8 copay $20, coinsurance 10 %. */
    DEPENDENT("dependent"),
    /** Active, MH copay $25, 30 visits a calendar year with 12 left. */
    VISIT_LIMIT("visit-limit"),
    /** Active, 20 visits a calendar year, 20 used: the limit is reached. */
    VISIT_LIMIT_REACHED("visit-limit-reached"),
    /** Active, MH copay $40, prior authorization required (EB11 Y). */
    PRIOR_AUTH_REQUIRED("prior-auth-required"),
    /** AAA 72: invalid or missing member id; a person corrects it. */
    AAA_72_INVALID_MEMBER_ID("aaa-72-invalid-member-id"),
    /** AAA 75: subscriber not found; a person corrects the data. */
    AAA_75_SUBSCRIBER_NOT_FOUND("aaa-75-subscriber-not-found"),
    /** AAA 42 at the payer level: unable to respond now; ask again later. */
    AAA_42_UNABLE_TO_RESPOND("aaa-42-unable-to-respond"),
    /** A payer that answers for the plan only (30): active, copay $35, deductible $2,000 with $1,800 left. */
    BENEFITS_UNDER_30_ONLY("benefits-under-30-only"),
    /** Another payer's style: pipes, repeated service types, A8 loops; coinsurance 25 % out of network only, 33 of 40 visits left. */
    A8_REPEATED_SERVICE_TYPES("a8-repeated-service-types"),
    /** Active plan without an outpatient mental-health benefit (EB*I). */
    MENTAL_HEALTH_NOT_COVERED("mental-health-not-covered"),
    /** Mental health carved out to a behavioral-health plan (EB*U with the entity in 2120C). */
    BEHAVIORAL_HEALTH_CARVE_OUT("behavioral-health-carve-out"),
    /** Broken: the SE segment count does not match; a reader must refuse it. */
    MALFORMED_CONTROL_COUNT("malformed-control-count");

    /** The trace every recorded 271 echoes in TRN*2. */
    public static final String TRACE = "TRACE0000000001";

    private final String file;

    Recorded271(String file) {
        this.file = file;
    }

    /** The resource name, e.g. {@code inactive.x12}. */
    public String fileName() {
        return file + ".x12";
    }

    /** The 271 as recorded. */
    public String text() {
        try (InputStream in = Recorded271.class.getResourceAsStream("/org/practicekit/testing/eligibility/" + fileName())) {
            if (in == null) {
                throw new IllegalStateException(fileName() + " is missing from practice-testing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 271 answering the 270 with trace {@code trace}. */
    public String answering(String trace) {
        return text().replace(TRACE, trace);
    }
}
