package org.practicekit.core.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.Problems;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.model.TimeSlot;

/**
 * One clinician's bookable time: weekly hours in the clinician's zone, dated time off, session
 * length per service, the buffer after each session, caps per day and per week, modality and
 * location per block, blocks kept for new clients, minimum notice and booking horizon. Immutable
 * and thread-safe.
 *
 * <p>Open slots are computed day by day in the clinician's local time and only then converted to
 * instants, so a 09:00-17:00 day stays 09:00-17:00 on both sides of a daylight-saving change. In a
 * skipped hour, local start times that do not exist are left out; in a repeated hour, each local
 * start time is offered once (at its first occurrence) and a slot that would overlap the previous
 * one in real time is left out, so no slot is ever doubled.
 */
public final class AvailabilityRules {
    private static final Map<ServiceType, Duration> DEFAULT_LENGTHS = defaultLengths();

    private final ClinicianId clinicianId;
    private final ZoneId zone;
    private final List<WeeklyBlock> blocks;
    private final List<TimeOff> timeOff;
    private final Map<ServiceType, Duration> sessionLengths;
    private final Duration buffer;
    private final Duration alignment;
    private final int maxPerDay;
    private final int maxPerWeek;
    private final Duration minimumNotice;
    private final Duration bookingHorizon;

    private AvailabilityRules(Builder b) {
        this.clinicianId = b.clinicianId;
        this.zone = b.zone;
        this.blocks = List.copyOf(b.blocks);
        this.timeOff = List.copyOf(b.timeOff);
        this.sessionLengths = Map.copyOf(b.sessionLengths);
        this.buffer = b.buffer;
        this.alignment = b.alignment;
        this.maxPerDay = b.maxPerDay;
        this.maxPerWeek = b.maxPerWeek;
        this.minimumNotice = b.minimumNotice;
        this.bookingHorizon = b.bookingHorizon;
    }

    private static Map<ServiceType, Duration> defaultLengths() {
        Map<ServiceType, Duration> m = new EnumMap<>(ServiceType.class);
        m.put(ServiceType.INDIVIDUAL, Duration.ofMinutes(53));
        m.put(ServiceType.FAMILY_WITH_CLIENT, Duration.ofMinutes(50));
        m.put(ServiceType.FAMILY_WITHOUT_CLIENT, Duration.ofMinutes(50));
        m.put(ServiceType.GROUP, Duration.ofMinutes(90));
        m.put(ServiceType.MULTI_FAMILY_GROUP, Duration.ofMinutes(90));
        m.put(ServiceType.DIAGNOSTIC_EVALUATION, Duration.ofMinutes(90));
        m.put(ServiceType.DIAGNOSTIC_EVALUATION_MEDICAL, Duration.ofMinutes(90));
        m.put(ServiceType.CRISIS, Duration.ofMinutes(60));
        return m;
    }

    /** Starts rules for one clinician whose hours are in {@code zone}. */
    public static Builder builder(ClinicianId clinicianId, ZoneId zone) {
        return new Builder(clinicianId, zone);
    }

    public Builder toBuilder() {
        Builder b = new Builder(clinicianId, zone);
        b.blocks.addAll(blocks);
        b.timeOff.addAll(timeOff);
        b.sessionLengths.putAll(sessionLengths);
        b.buffer = buffer;
        b.alignment = alignment;
        b.maxPerDay = maxPerDay;
        b.maxPerWeek = maxPerWeek;
        b.minimumNotice = minimumNotice;
        b.bookingHorizon = bookingHorizon;
        return b;
    }

    public ClinicianId clinicianId() {
        return clinicianId;
    }

    /** The clinician's zone: weekly hours, time off and caps are counted in it. */
    public ZoneId zone() {
        return zone;
    }

    public List<WeeklyBlock> blocks() {
        return blocks;
    }

    public List<TimeOff> timeOff() {
        return timeOff;
    }

    /** The length of one session of {@code service}. */
    public Duration sessionLength(ServiceType service) {
        return sessionLengths.getOrDefault(service, DEFAULT_LENGTHS.get(service));
    }

    /** Free time kept after every session (notes, transition); two sessions never come closer. */
    public Duration buffer() {
        return buffer;
    }

    public int maxPerDay() {
        return maxPerDay;
    }

    public int maxPerWeek() {
        return maxPerWeek;
    }

    public Duration minimumNotice() {
        return minimumNotice;
    }

    public Duration bookingHorizon() {
        return bookingHorizon;
    }

    /** The clinician's local date of an instant. */
    public LocalDate localDate(Instant t) {
        return t.atZone(zone).toLocalDate();
    }

    /** True when two sessions conflict once the buffer after each is counted. */
    public boolean conflicts(TimeSlot a, TimeSlot b) {
        return a.start().isBefore(b.end().plus(buffer)) && b.start().isBefore(a.end().plus(buffer));
    }

    /**
     * Open slots of {@code service} on the clinician's local dates {@code from} to {@code to}
     * (inclusive), given the sessions already taken (booked or held). Slots respect the weekly hours,
     * time off, buffers around taken sessions, daily and weekly caps (counted in the clinician's
     * zone, weeks starting Monday), the minimum notice and the booking horizon from {@code now}.
     * Sorted by start.
     */
    public List<OpenSlot> openSlots(ServiceType service, LocalDate from, LocalDate to, Instant now,
            Collection<TimeSlot> taken) {
        Objects.requireNonNull(service, "service == null");
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
        Objects.requireNonNull(now, "now == null");
        Objects.requireNonNull(taken, "taken == null");
        List<TimeSlot> busy = new ArrayList<>(taken);
        busy.sort(Comparator.naturalOrder());
        Map<LocalDate, Integer> perDay = new HashMap<>();
        Map<Long, Integer> perWeek = new HashMap<>();
        for (TimeSlot t : busy) {
            LocalDate d = localDate(t.start());
            perDay.merge(d, 1, Integer::sum);
            perWeek.merge(weekOf(d), 1, Integer::sum);
        }
        Instant earliest = now.plus(minimumNotice);
        Instant latest = now.plus(bookingHorizon);
        Duration length = sessionLength(service);
        long step = stepMinutes(length);
        List<OpenSlot> out = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (perDay.getOrDefault(date, 0) >= maxPerDay || perWeek.getOrDefault(weekOf(date), 0) >= maxPerWeek) {
                continue;
            }
            DayOfWeek dow = date.getDayOfWeek();
            List<OpenSlot> day = new ArrayList<>();
            for (WeeklyBlock block : blocks) {
                if (block.day() != dow) {
                    continue;
                }
                addBlockSlots(date, block, service, length, step, earliest, latest, busy, day);
            }
            day.sort(Comparator.naturalOrder());
            out.addAll(day);
        }
        return out;
    }

    /** The open slot of {@code service} starting exactly at {@code start}, if the rules offer one now. */
    public Optional<OpenSlot> openSlotAt(ServiceType service, Instant start, Instant now, Collection<TimeSlot> taken) {
        LocalDate d = localDate(start);
        return openSlots(service, d, d, now, taken).stream().filter(s -> s.time().start().equals(start)).findFirst();
    }

    private long stepMinutes(Duration length) {
        long raw = length.plus(buffer).toMinutes();
        long align = Math.max(1, alignment.toMinutes());
        return ((raw + align - 1) / align) * align;
    }

    private void addBlockSlots(LocalDate date, WeeklyBlock block, ServiceType service, Duration length, long step,
            Instant earliest, Instant latest, List<TimeSlot> busy, List<OpenSlot> out) {
        LocalDateTime blockEnd = date.atTime(block.end());
        TimeSlot previous = null;
        for (LocalDateTime localStart = date.atTime(block.start()); !localStart.plus(length).isAfter(blockEnd)
                && localStart.toLocalDate().equals(date); localStart = localStart.plusMinutes(step)) {
            List<ZoneOffset> offsets = zone.getRules().getValidOffsets(localStart);
            if (offsets.isEmpty()) {
                continue; // this wall-clock time is skipped by a daylight-saving change
            }
            Instant start = localStart.toInstant(offsets.get(0));
            TimeSlot time = TimeSlot.of(start, length);
            LocalDateTime localEnd = LocalDateTime.ofInstant(time.end(), zone);
            if (localEnd.isAfter(blockEnd) || !localEnd.toLocalDate().equals(date)) {
                continue;
            }
            if (previous != null && conflicts(previous, time)) {
                continue; // a repeated or skipped hour squeezed two starts together in real time
            }
            if (start.isBefore(earliest) || start.isAfter(latest) || onTimeOff(date, localStart.toLocalTime(),
                    localEnd.toLocalTime()) || overlapsBusy(time, busy)) {
                previous = time;
                continue;
            }
            previous = time;
            out.add(new OpenSlot(clinicianId, time, service, block.modality(), block.location(), block.newClientsOnly()));
        }
    }

    private boolean onTimeOff(LocalDate date, LocalTime start, LocalTime end) {
        for (TimeOff off : timeOff) {
            if (off.date().equals(date) && off.blocks(start, end)) {
                return true;
            }
        }
        return false;
    }

    private boolean overlapsBusy(TimeSlot time, List<TimeSlot> busy) {
        for (TimeSlot t : busy) {
            if (conflicts(t, time)) {
                return true;
            }
        }
        return false;
    }

    private static long weekOf(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) * 100L + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    @Override
    public String toString() {
        return "AvailabilityRules[" + clinicianId + ", " + zone + ", " + blocks.size() + " weekly blocks]";
    }

    /**
     * Builds {@link AvailabilityRules}. Defaults: session lengths INDIVIDUAL 53 min, family 50,
     * group 90, DIAGNOSTIC_EVALUATION 90, CRISIS 60; 7-minute buffer; starts aligned to 15 minutes
     * (so 53 + 7 gives hourly starts); no caps; 24 h minimum notice; 60-day horizon.
     * {@link #build()} throws one {@link org.practicekit.core.ValidationException} listing every problem.
     */
    public static final class Builder {
        private final ClinicianId clinicianId;
        private final ZoneId zone;
        private final List<WeeklyBlock> blocks = new ArrayList<>();
        private final List<TimeOff> timeOff = new ArrayList<>();
        private final Map<ServiceType, Duration> sessionLengths = new EnumMap<>(ServiceType.class);
        private Duration buffer = Duration.ofMinutes(7);
        private Duration alignment = Duration.ofMinutes(15);
        private int maxPerDay = Integer.MAX_VALUE;
        private int maxPerWeek = Integer.MAX_VALUE;
        private Duration minimumNotice = Duration.ofHours(24);
        private Duration bookingHorizon = Duration.ofDays(60);

        private Builder(ClinicianId clinicianId, ZoneId zone) {
            this.clinicianId = Objects.requireNonNull(clinicianId, "clinicianId == null");
            this.zone = Objects.requireNonNull(zone, "zone == null");
        }

        public Builder addBlock(WeeklyBlock block) {
            blocks.add(Objects.requireNonNull(block, "block == null"));
            return this;
        }

        /** Adds the same telehealth hours on several days. */
        public Builder telehealth(String start, String end, DayOfWeek... days) {
            for (DayOfWeek d : days) {
                addBlock(WeeklyBlock.telehealth(d, start, end));
            }
            return this;
        }

        public Builder addTimeOff(TimeOff off) {
            timeOff.add(Objects.requireNonNull(off, "off == null"));
            return this;
        }

        public Builder sessionLength(ServiceType service, Duration length) {
            sessionLengths.put(Objects.requireNonNull(service, "service == null"),
                    Objects.requireNonNull(length, "length == null"));
            return this;
        }

        public Builder buffer(Duration buffer) {
            this.buffer = Objects.requireNonNull(buffer, "buffer == null");
            return this;
        }

        /** Session starts fall on multiples of this after the block start (default 15 minutes). */
        public Builder alignment(Duration alignment) {
            this.alignment = Objects.requireNonNull(alignment, "alignment == null");
            return this;
        }

        public Builder maxPerDay(int maxPerDay) {
            this.maxPerDay = maxPerDay;
            return this;
        }

        public Builder maxPerWeek(int maxPerWeek) {
            this.maxPerWeek = maxPerWeek;
            return this;
        }

        public Builder minimumNotice(Duration minimumNotice) {
            this.minimumNotice = Objects.requireNonNull(minimumNotice, "minimumNotice == null");
            return this;
        }

        public Builder bookingHorizon(Duration bookingHorizon) {
            this.bookingHorizon = Objects.requireNonNull(bookingHorizon, "bookingHorizon == null");
            return this;
        }

        public AvailabilityRules build() {
            Problems p = Problems.of("availability rules");
            for (Map.Entry<ServiceType, Duration> e : sessionLengths.entrySet()) {
                p.require(!e.getValue().isNegative() && !e.getValue().isZero() && e.getValue().toHours() < 24,
                        "sessionLength." + e.getKey(), "must be between 1 minute and 24 hours");
            }
            p.require(!buffer.isNegative(), "buffer", "must not be negative");
            p.require(!alignment.isNegative() && !alignment.isZero(), "alignment", "must be positive");
            p.require(maxPerDay >= 1, "maxPerDay", "must be at least 1");
            p.require(maxPerWeek >= 1, "maxPerWeek", "must be at least 1");
            p.require(!minimumNotice.isNegative(), "minimumNotice", "must not be negative");
            p.require(!bookingHorizon.isNegative() && !bookingHorizon.isZero(), "bookingHorizon", "must be positive");
            for (int i = 0; i < blocks.size(); i++) {
                for (int j = i + 1; j < blocks.size(); j++) {
                    WeeklyBlock a = blocks.get(i);
                    WeeklyBlock b = blocks.get(j);
                    if (a.day() == b.day() && a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
                        p.add("blocks[" + j + "]", "overlaps blocks[" + i + "] on " + a.day());
                    }
                }
            }
            p.throwIfAny();
            return new AvailabilityRules(this);
        }
    }
}
