package org.pustaka.kiosk.library.sip2.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One probe command as a technician types it: {@code status}, {@code login}, {@code patron ID [--pin P]},
 * {@code checkout PATRON ITEM [--pin P]}, {@code checkin ITEM}, {@code renew PATRON ITEM},
 * {@code renew-all PATRON}, {@code item ITEM}, {@code end PATRON}. {@link #toString()} hides the PIN.
 */
public record ProbeRequest(Verb verb, List<String> arguments, String pin) {

    /** The probe's commands with the number of arguments each takes. */
    public enum Verb {
        STATUS("status", 0), LOGIN("login", 0), PATRON("patron", 1), CHECKOUT("checkout", 2), CHECKIN("checkin", 1),
        RENEW("renew", 2), RENEW_ALL("renew-all", 1), ITEM("item", 1), END("end", 1);

        private final String word;
        private final int arity;

        Verb(String word, int arity) {
            this.word = word;
            this.arity = arity;
        }

        public String word() {
            return word;
        }

        static Verb of(String word) {
            for (Verb v : values()) {
                if (v.word.equals(word.toLowerCase(Locale.ROOT))) {
                    return v;
                }
            }
            return null;
        }
    }

    public ProbeRequest {
        arguments = List.copyOf(arguments);
    }

    public String argument(int i) {
        return arguments.get(i);
    }

    /**
     * Parses the words of one command; {@code pin} may come from an option outside the words.
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong
     */
    public static ProbeRequest parse(List<String> words, String pin) {
        List<String> rest = new ArrayList<>();
        String p = pin;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("--pin")) {
                if (i + 1 >= words.size()) {
                    throw new IllegalArgumentException("--pin needs a value, e.g. --pin 1234.");
                }
                p = words.get(++i);
            } else if (w.startsWith("--pin=")) {
                p = w.substring("--pin=".length());
            } else {
                rest.add(w);
            }
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("Say what to do: status, login, patron, checkout, checkin, renew, "
                    + "renew-all, item, end or shell.");
        }
        Verb verb = Verb.of(rest.get(0));
        if (verb == null) {
            throw new IllegalArgumentException("'" + rest.get(0) + "' is not a probe command; use status, login, "
                    + "patron, checkout, checkin, renew, renew-all, item, end or shell.");
        }
        List<String> args = rest.subList(1, rest.size());
        if (args.size() != verb.arity) {
            throw new IllegalArgumentException("'" + verb.word + "' takes " + verb.arity + " argument"
                    + (verb.arity == 1 ? "" : "s") + " (" + usage(verb) + "), not " + args.size() + ".");
        }
        return new ProbeRequest(verb, args, p);
    }

    static String usage(Verb verb) {
        return switch (verb) {
            case STATUS, LOGIN -> verb.word;
            case PATRON -> "patron ID [--pin P]";
            case CHECKOUT -> "checkout PATRON ITEM [--pin P]";
            case RENEW -> "renew PATRON ITEM [--pin P]";
            case CHECKIN, ITEM -> verb.word + " ITEM";
            case RENEW_ALL, END -> verb.word + " PATRON";
        };
    }

    @Override
    public String toString() {
        return "ProbeRequest[" + verb.word + " " + arguments + (pin == null ? "" : " --pin ****") + "]";
    }
}
