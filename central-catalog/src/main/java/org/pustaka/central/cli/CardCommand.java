package org.pustaka.central.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pustaka.central.CentralService;
import org.pustaka.central.backend.LibrarySession;
import org.pustaka.central.backend.slims.SlimsBackend;
import org.pustaka.central.cards.Cards;
import org.pustaka.central.config.CentralConfig;
import org.pustaka.central.config.SlimsSettings;
import org.pustaka.central.refusal.Refused;
import org.pustaka.central.store.CentralDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Contactless library cards at the desk: pair a card's UID with a member when handing it out, unpair it
 * when it is lost or handed back, show what a card is paired with. Kiosks look the pairing up by UID.
 */
@Command(name = "card", description = "Pair a contactless library card with a member, unpair it, or show its pairing.",
        subcommands = {CardCommand.Pair.class, CardCommand.Unpair.class, CardCommand.Show.class})
final class CardCommand {

    /** What every card subcommand takes: the service's configuration and the card. */
    static final class CardOptions {
        @Mixin
        ConfigOption config;
        @Option(names = "--uid", required = true, paramLabel = "HEX",
                description = "The card's UID as the reader shows it, e.g. 04:A2:24:B2:C3:5E:80")
        String uid;
    }

    @Command(name = "pair", description = "Pair a card's UID with a member the library system knows.")
    static final class Pair implements Callable<Integer> {
        @Mixin
        CardOptions card;
        @Spec
        CommandSpec spec;
        @Option(names = "--member", required = true, paramLabel = "ID", description = "The member number in the library system")
        String member;
        @Option(names = "--by", defaultValue = "desk", paramLabel = "NAME", description = "Who hands the card out (kept in the pairing log)")
        String by;

        @Override
        public Integer call() throws Exception {
            CentralConfig c = card.config.load();
            SlimsSettings s = c.slims();
            PrintWriter err = spec.commandLine().getErr();
            if (s == null) {
                err.println("slims.url is not configured, so the member cannot be checked: name the library's"
                        + " database in the configuration first.");
                return Cli.BAD_INPUT;
            }
            try (CentralService service = CentralService.open(c, Clock.systemUTC());
                 HikariDataSource pool = CentralDatabase.pool("slims-card", s.url(), s.user(), s.password(), 1,
                         c.dbConnectTimeout())) {
                SlimsBackend slims = SlimsBackend.connect(pool, s.staffUser());
                Cards.Pairing p = refusedIsBadInput(err, () -> service.cards().pair(card.uid, member, by, id -> {
                    try (LibrarySession session = slims.open()) {
                        return session.members().find(id).isPresent();
                    }
                }));
                if (p == null) {
                    return Cli.BAD_INPUT;
                }
                print(spec, p);
                return Cli.OK;
            }
        }
    }

    @Command(name = "unpair", description = "Unpair a card (lost, broken or handed back): kiosks forget it.")
    static final class Unpair implements Callable<Integer> {
        @Mixin
        CardOptions card;
        @Spec
        CommandSpec spec;
        @Option(names = "--reason", defaultValue = "", paramLabel = "TEXT", description = "Why, e.g. hilang (lost)")
        String reason;
        @Option(names = "--by", defaultValue = "desk", paramLabel = "NAME", description = "Who unpairs it")
        String by;

        @Override
        public Integer call() throws Exception {
            try (CentralService service = card.config.openService()) {
                PrintWriter err = spec.commandLine().getErr();
                Optional<Cards.Pairing> was = refusedIsBadInput(err, () -> service.cards().unpair(card.uid, reason, by));
                if (was == null) {
                    return Cli.BAD_INPUT;
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("uid", Cards.uid(card.uid));
                out.put("unpaired", was.isPresent());
                Cli.print(spec.commandLine().getOut(), out);
                if (was.isEmpty()) {
                    err.println("This card was not paired; nothing changed.");
                }
                return Cli.OK;
            }
        }
    }

    @Command(name = "show", description = "Show which member a card is paired with.")
    static final class Show implements Callable<Integer> {
        @Mixin
        CardOptions card;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (CentralService service = card.config.openService()) {
                Optional<Cards.Pairing> p = service.cards().find(card.uid);
                if (p.isEmpty()) {
                    spec.commandLine().getErr().println("This card is not paired with a member.");
                    return Cli.FAILURE;
                }
                print(spec, p.get());
                return Cli.OK;
            }
        }
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    /** The work's answer, or null after printing a refusal's sentences (Bahasa Indonesia, then English). */
    private static <T> T refusedIsBadInput(PrintWriter err, Work<T> work) throws Exception {
        try {
            return work.run();
        } catch (Refused r) {
            err.println(r.messageId() + " / " + r.messageEn());
            return null;
        }
    }

    private static void print(CommandSpec spec, Cards.Pairing p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("uid", p.uid());
        out.put("memberId", p.memberId());
        out.put("pairedAt", p.pairedAt().toString());
        out.put("pairedBy", p.pairedBy());
        Cli.print(spec.commandLine().getOut(), out);
    }
}
