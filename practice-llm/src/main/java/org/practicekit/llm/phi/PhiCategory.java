package org.practicekit.llm.phi;

import java.util.List;

/**
 * The PHI categories PracticeKit's detectors report (the HIPAA Safe Harbor identifiers that text
 * can carry). They are plain strings so a vendor's detector can add its own; placeholders are built
 * from them ({@code [PERSON_1]}).
 */
public final class PhiCategory {
    /** Names of the client, relatives, household members, or anyone else. */
    public static final String PERSON = "PERSON";
    /** Cities, towns, counties and neighbourhoods (smaller than a state). */
    public static final String LOCATION = "LOCATION";
    /** Street addresses, PO boxes, apartment numbers. */
    public static final String ADDRESS = "ADDRESS";
    /** ZIP codes. */
    public static final String ZIP = "ZIP";
    /** Dates more specific than a year. */
    public static final String DATE = "DATE";
    /** Ages over 89. */
    public static final String AGE = "AGE";
    /** Telephone numbers. */
    public static final String PHONE = "PHONE";
    /** Fax numbers. */
    public static final String FAX = "FAX";
    /** Email addresses. */
    public static final String EMAIL = "EMAIL";
    /** Social Security numbers. */
    public static final String SSN = "SSN";
    /** Medical record numbers. */
    public static final String MRN = "MRN";
    /** Health plan beneficiary and member numbers. */
    public static final String HEALTH_PLAN = "HEALTH_PLAN";
    /** Bank, card and other account numbers. */
    public static final String ACCOUNT = "ACCOUNT";
    /** Certificate and license numbers (driver's license, passport). */
    public static final String LICENSE = "LICENSE";
    /** Vehicle identifiers: VINs and licence plates. */
    public static final String VEHICLE = "VEHICLE";
    /** Device identifiers and serial numbers. */
    public static final String DEVICE = "DEVICE";
    /** Web addresses. */
    public static final String URL = "URL";
    /** IP addresses. */
    public static final String IP = "IP";
    /** Usernames and social-media handles. */
    public static final String USERNAME = "USERNAME";
    /** Any other unique identifying number (claim, case, authorization numbers). */
    public static final String ID = "ID";

    /**
     * A proper name the guard's residual check replaced without knowing what it names (a person, a
     * place, an employer): a capitalized word no dictionary knows, or a word after a relation cue.
     */
    public static final String NAME = "NAME";

    /** Every category above, in a stable order. */
    public static final List<String> ALL = List.of(PERSON, LOCATION, ADDRESS, ZIP, DATE, AGE, PHONE, FAX, EMAIL, SSN,
            MRN, HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE, URL, IP, USERNAME, ID, NAME);

    private PhiCategory() {
    }
}
