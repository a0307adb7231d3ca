package org.pustaka.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.sip2.sim.SimulatedAcs;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** The {@code kiosk sip2} probe end to end against an in-process simulated library. */
class Sip2CommandTest {
    @TempDir
    Path dir;
    private SimulatedAcs acs;
    private int port;

    @BeforeEach
    void start() throws IOException {
        acs = new SimulatedAcs();
        port = acs.start(0, dir.resolve("loans.json"));
    }

    @AfterEach
    void stop() {
        acs.close();
    }

    @Test
    void statusPrintsTheAcsStatusKeys() throws IOException {
        Run run = probe("", "status");

        assertThat(run.code).isZero();
        JsonNode status = run.json().get(0);
        assertThat(status.get("command").asText()).isEqualTo("status");
        assertThat(status.get("online").asBoolean()).isTrue();
        assertThat(status.get("protocolVersion").asText()).isEqualTo("2.00");
        assertThat(status.get("raw").asText()).startsWith("98");
        for (String key : List.of("checkinOk", "checkoutOk", "renewalPolicy", "timeoutPeriod", "retriesAllowed",
                "supportedMessages", "sequence", "screenMessage", "printLine")) {
            assertThat(status.has(key)).as(key).isTrue();
        }
    }

    @Test
    void theWholeConversationRunsInTheShellOnOneConnection() throws IOException {
        String script = String.join("\n", "login", "status", "patron 2024000123 --pin 1234",
                "checkout 2024000123 30000101 --pin 1234", "renew 2024000123 30000101 --pin 1234", "item 30000101",
                "checkin 30000101", "# a comment", "", "renew-all 2024000123", "end 2024000123");

        Run run = probe(script, "--user", "kiosk", "--password", "rahasia", "--location", "MLG-01", "shell");

        assertThat(run.code).as(run.err).isZero();
        List<JsonNode> lines = run.json();
        assertThat(lines).extracting(n -> n.get("command").asText()).containsExactly("login", "status", "patron",
                "checkout", "renew", "item", "checkin", "renew-all", "end");
        assertThat(lines).allSatisfy(n -> {
            assertThat(n.has("raw")).isTrue();
            assertThat(n.has("sequence")).isTrue();
        });
        assertThat(lines.get(0).get("ok").asBoolean()).isTrue();
        JsonNode patron = lines.get(2);
        assertThat(patron.get("validPatron").asBoolean()).isTrue();
        assertThat(patron.get("validPassword").asBoolean()).isTrue();
        assertThat(patron.get("name").asText()).isEqualTo("Siti Rahayu");
        assertThat(patron.get("chargedItems")).extracting(JsonNode::asText).containsExactly("30000111", "30000112");
        assertThat(patron.get("holdItems").isArray()).isTrue();
        assertThat(patron.get("patronStatus").isArray()).isTrue();
        assertThat(patron.has("fineAmount")).isTrue();
        assertThat(patron.get("currency").asText()).isEqualTo("IDR");
        JsonNode checkout = lines.get(3);
        assertThat(checkout.get("ok").asBoolean()).isTrue();
        assertThat(checkout.get("title").asText()).isEqualTo("Laskar Pelangi");
        assertThat(checkout.get("desensitize").asBoolean()).isTrue();
        assertThat(checkout.get("dueDate").asText()).matches("\\d{8} {4}235959");
        assertThat(checkout.get("dueDateIso").asText()).matches("\\d{4}-\\d{2}-\\d{2}T23:59:59");
        assertThat(checkout.has("renewalOk")).isTrue();
        assertThat(lines.get(4).get("ok").asBoolean()).isTrue();
        assertThat(lines.get(5).get("circulationStatus").asText()).isEqualTo("04");
        assertThat(lines.get(5).has("dueDate")).isTrue();
        JsonNode checkin = lines.get(6);
        assertThat(checkin.get("ok").asBoolean()).isTrue();
        for (String key : List.of("resensitize", "alert", "sortBin", "title")) {
            assertThat(checkin.has(key)).as(key).isTrue();
        }
        assertThat(lines.get(7).get("ok").asBoolean()).isTrue();
        assertThat(lines.get(8).get("endSession").asBoolean()).isTrue();
        assertThat(acs.isCheckedOut("30000101")).isFalse();
    }

    @Test
    void aRefusalIsACompletedExchange() throws IOException {
        Run run = probe("", "checkout", "2024000123", "30000107", "--pin", "1234");

        assertThat(run.code).isZero();
        assertThat(run.json().get(0).get("ok").asBoolean()).isFalse();
        assertThat(run.json().get(0).get("screenMessage").get(0).asText()).contains("referensi");
    }

    @Test
    void checkinOfAnItemOnHoldSaysTheSortBin() throws IOException {
        JsonNode checkin = probe("", "checkin", "30000106").json().get(0);

        assertThat(checkin.get("alert").asBoolean()).isTrue();
        assertThat(checkin.get("sortBin").asText()).isEqualTo("RAK-PESANAN");
    }

    /**
     * The PIN and the login password travel in requests (AD, CO), never in answers, so the places they
     * could leak are the requests as the probe logs them at DEBUG and anything it prints. The test first
     * makes sure the requests were logged with their fields, then that the secrets were not.
     */
    @Test
    void theRequestsAsLoggedAtDebugAndThePrintedLinesNeverShowThePinOrPassword() throws IOException {
        Logger exchanger = (Logger) LoggerFactory.getLogger("org.pustaka.kiosk.library.sip2.Exchanger");
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Level before = exchanger.getLevel();
        logs.start();
        exchanger.addAppender(logs);
        exchanger.setLevel(Level.DEBUG);
        Run run;
        try {
            run = probe("", "patron", "2024000123", "--pin", "7319", "--password", "rahasia", "--user", "kiosk");
        } finally {
            exchanger.detachAppender(logs);
            exchanger.setLevel(before);
        }
        List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();

        assertThat(run.code).as(run.err).isZero();
        assertThat(lines).anyMatch(l -> l.startsWith("SIP2 -> 93") && l.contains("|CO"))
                .anyMatch(l -> l.startsWith("SIP2 -> 63") && l.contains("|AD"));
        assertThat(lines).noneMatch(l -> l.contains("7319") || l.contains("rahasia"));
        assertThat(run.out + run.err).doesNotContain("7319").doesNotContain("rahasia");
    }

    @Test
    void aServerThatNeverAnswersFailsWithTheTimeoutSentence() throws Exception {
        try (ServerSocket mute = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    accepted.add(mute.accept());
                } catch (IOException e) {
                    // the test is over
                }
            });
            acceptor.start();

            Run run = run("", "sip2", "--port", Integer.toString(mute.getLocalPort()), "--timeout", "700", "status");

            assertThat(run.code).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.err).contains("did not answer within 700 ms");
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void garbageAndWrongChecksumsFailCleanly() throws IOException {
        acs.faults().garbage.set(Integer.MAX_VALUE);
        Run garbage = probe("", "item", "30000101");
        acs.faults().clear();
        acs.faults().wrongChecksum.set(Integer.MAX_VALUE);
        Run checksum = probe("", "item", "30000101");

        assertThat(garbage.code).isEqualTo(ExitCodes.FAILURE);
        assertThat(garbage.err).contains("could not be read");
        assertThat(checksum.code).isEqualTo(ExitCodes.FAILURE);
        assertThat(checksum.err).contains("checksum");
    }

    @Test
    void anUnreachableServerIsExitOneWithASentence() throws IOException {
        acs.setOffline(true);

        Run run = probe("", "status");

        assertThat(run.code).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err.strip()).isEqualTo("The library system closed the connection without answering. Check that"
                + " the SIP2 server is running and accepts this kiosk's address and login.");
        assertThat(run.json().get(0).get("error").asText()).isEqualTo(run.err.strip());
    }

    @Test
    void badArgumentsAreExitTwoWithASentence() throws IOException {
        assertThat(probe("", "checkout", "2024000123").code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(probe("", "borrow", "1").err).contains("not a probe command");
        assertThat(probe("", "--charset", "EBCDIC", "status").code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(probe("").code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("", "sip2", "--port", "x", "status").code).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void aBadLineInTheShellIsReportedAndTheRestStillRuns() throws IOException {
        Run run = probe("frobnicate\nitem 30000101\n", "shell");

        assertThat(run.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err).contains("frobnicate");
        assertThat(run.json()).extracting(n -> n.get("command").asText()).containsExactly("item");
    }

    private Run probe(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("sip2", "--port", Integer.toString(port), "--timeout", "2000"));
        all.addAll(List.of(args));
        return run(stdin, all.toArray(String[]::new));
    }

    static Run run(String stdin, String... args) {
        CommandLine cli = new CommandLine(new KioskCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            return ExitCodes.BAD_INPUT;
        });
        ((Sip2Command) cli.getSubcommands().get("sip2").getCommand()).input =
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    record Run(int code, String out, String err) {
        List<JsonNode> json() throws IOException {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    nodes.add(Json.mapper().readTree(line));
                }
            }
            return nodes;
        }
    }
}
