package org.pustaka.kiosk.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.pustaka.kiosk.booking.IndonesianPhone;
import org.pustaka.kiosk.booking.Problem;

/**
 * Validation of a sign-up before it reaches a roster: party size 1 to {@value #MAX_PARTY}, and for a
 * guest a name of 2 to 60 letters and an Indonesian phone number. A valid request comes back with the
 * guest's name trimmed and phone normalised to {@code +62}.
 */
public final class SignUpRules {
    public static final int MAX_PARTY = 6;

    private SignUpRules() {
    }

    /** The problems with {@code request}; empty when it may be taken. */
    public static List<Problem> check(SignUpRequest request) {
        List<Problem> problems = new ArrayList<>();
        if (request.partySize() < 1 || request.partySize() > MAX_PARTY) {
            problems.add(Problem.from("partySize", "party.size", MAX_PARTY));
        }
        if (request.registrant() instanceof Registrant.Guest g) {
            if (!isName(g.name())) {
                problems.add(Problem.from("name", "guest.name"));
            }
            if (!IndonesianPhone.isValid(g.phone())) {
                problems.add(Problem.from("phone", "phone"));
            }
        } else if (request.registrant() instanceof Registrant.Member m && m.memberId().isBlank()) {
            problems.add(Problem.from("member", "member"));
        }
        return problems;
    }

    /** The refusal a desk answers before it looks at the event: the request's problems, if any. */
    public static Optional<RegistrationResult> refusal(SignUpRequest request) {
        List<Problem> problems = check(request);
        return problems.isEmpty() ? Optional.empty() : Optional.of(new RegistrationResult.Refused(problems));
    }

    /**
     * What a desk answers to a sign-up: the request's {@link #refusal} when it has problems, or else what
     * {@code take} answers to the request as it will be stored ({@link #normalised}).
     */
    public static RegistrationResult answer(SignUpRequest request, Function<SignUpRequest, RegistrationResult> take) {
        return refusal(request).orElseGet(() -> take.apply(normalised(request)));
    }

    /** The request as it will be stored: guest name trimmed, phone in +62 form. Call after {@link #check}. */
    public static SignUpRequest normalised(SignUpRequest request) {
        if (request.registrant() instanceof Registrant.Guest g) {
            String phone = IndonesianPhone.normalise(g.phone()).orElse(g.phone());
            return new SignUpRequest(request.eventId(),
                    new Registrant.Guest(g.name().trim().replaceAll("\\s+", " "), phone), request.partySize(),
                    request.language());
        }
        return request;
    }

    /** A person's or school's name: letters (any script), spaces and . ' - , of the given length. */
    public static boolean isName(String name, int min, int max) {
        if (name == null) {
            return false;
        }
        String t = name.trim();
        if (t.length() < min || t.length() > max) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (!(c == ' ' || c == '.' || c == '\'' || c == '-' || c == ',')) {
                return false;
            }
        }
        return letters >= min;
    }

    static boolean isName(String name) {
        return isName(name, 2, 60);
    }
}
