package org.pustaka.central.visits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A term (semester) of school-visit slots: one slot on each chosen weekday from {@code firstDay} to
 * {@code lastDay}, both included, from {@code start} to {@code end} library-local time, in {@code room}. A single
 * slot is a term of one day. The caller checks the values (the staff form says what is wrong); the constructor
 * only refuses what would make no slots at all.
 */
public record VisitTerm(String name, LocalDate firstDay, LocalDate lastDay, Set<DayOfWeek> weekdays, LocalTime start,
                        LocalTime end, String room, int capacity) {
    /** More than this many slots from one form is almost surely a typing mistake in a year. */
    public static final int MAX_SLOTS = 400;
    private static final DateTimeFormatter ID_DAY = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    public VisitTerm {
        if (lastDay.isBefore(firstDay) || weekdays.isEmpty() || !end.isAfter(start) || capacity < 1) {
            throw new IllegalArgumentException("a term needs firstDay <= lastDay, a weekday, start < end and capacity >= 1");
        }
        weekdays = Set.copyOf(weekdays);
    }

    /** A single slot on {@code day}. */
    public static VisitTerm single(LocalDate day, LocalTime start, LocalTime end, String room, int capacity) {
        return new VisitTerm("", day, day, EnumSet.of(day.getDayOfWeek()), start, end, room, capacity);
    }

    /**
     * The term's slots, earliest first, all marked available. A slot's id is its local date, time and a short
     * hash of the room ({@code 20260113-0900-3f2a9c1b}), so the same day, time and room always give the same id
     * and defining a term twice, or a term over a single slot, adds no second slot.
     */
    public List<Slot> slots(ZoneId zone) {
        List<Slot> out = new ArrayList<>();
        String roomTag = roomTag(room);
        for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
            if (weekdays.contains(d.getDayOfWeek())) {
                out.add(new Slot(d.atTime(start).format(ID_DAY) + "-" + roomTag, d.atTime(start).atZone(zone).toInstant(),
                        d.atTime(end).atZone(zone).toInstant(), room, capacity, true));
            }
        }
        return out;
    }

    /** How many slots {@link #slots} makes, without making them. */
    public int count() {
        int n = 0;
        for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
            n += weekdays.contains(d.getDayOfWeek()) ? 1 : 0;
        }
        return n;
    }

    /** ISO day numbers, Monday 1, as the {@code visit_term.weekdays} column holds them ("2,3,4"). */
    public String weekdayNumbers() {
        return weekdays.stream().sorted().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
    }

    private static String roomTag(String room) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(room.trim().toLowerCase(java.util.Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
