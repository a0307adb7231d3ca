package org.pustaka.kiosk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pustaka.kiosk.config.Sip2Settings;
import org.pustaka.kiosk.library.sip2.Sip2Client;
import org.pustaka.sip2.Sip2Exception;
import org.pustaka.kiosk.library.sip2.probe.ProbeRequest;
import org.pustaka.kiosk.library.sip2.probe.Sip2Probe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sip2", description = {
    "SIP2 probe: talk to a library's SIP2 server and print each response as one JSON line.",
    "Commands: status | login | patron ID [--pin P] | checkout PATRON ITEM [--pin P] | checkin ITEM",
    "  | renew PATRON ITEM | renew-all PATRON | item ITEM | end PATRON | shell (commands from stdin)"})
public final class Sip2Command implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "SIP2 server host (default ${DEFAULT-VALUE})")
    String host;
    @Option(names = "--port", defaultValue = "6001", description = "SIP2 server port (default ${DEFAULT-VALUE})")
    int port;
    @Option(names = "--tls", description = "use TLS")
    boolean tls;
    @Option(names = "--truststore", description = "PKCS12 or JKS truststore for TLS (default: the JDK's)")
    Path truststore;
    @Option(names = "--truststore-password", defaultValue = "", description = "truststore password")
    String truststorePassword;
    @Option(names = "--user", defaultValue = "", description = "SIP2 login user (CN); empty skips the login")
    String user;
    @Option(names = "--password", defaultValue = "", description = "SIP2 login password (CO)")
    String password;
    @Option(names = "--terminal-password", defaultValue = "", description = "terminal password (AC) on every request")
    String terminalPassword;
    @Option(names = "--location", defaultValue = "", description = "location code (CP) and current location (AP)")
    String location;
    @Option(names = "--institution", defaultValue = "MLG", description = "institution id (AO), default ${DEFAULT-VALUE}")
    String institution;
    @Option(names = "--charset", defaultValue = "UTF-8", description = "UTF-8, ISO-8859-1 or IBM850")
    String charset;
    @Option(names = "--timeout", defaultValue = "10000", description = "read timeout in ms (default ${DEFAULT-VALUE})")
    int timeoutMillis;
    @Option(names = "--connect-timeout", defaultValue = "5000", description = "connect timeout in ms")
    int connectTimeoutMillis;
    @Option(names = "--retries", defaultValue = "2", description = "resends after a garbled line (default 2)")
    int retries;
    @Option(names = "--no-error-detection", description = "send no sequence numbers and checksums")
    boolean noErrorDetection;
    @Option(names = "--zone", defaultValue = "Asia/Jakarta", description = "the library's time zone")
    String zone;
    @Option(names = "--pin", description = "the patron's PIN (AD)")
    String pin;
    @Parameters(arity = "0..*", paramLabel = "COMMAND", description = "the probe command and its arguments")
    List<String> words = List.of();

    /** Standard input for {@code shell}; tests replace it. */
    InputStream input = System.in;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Sip2Settings settings;
        ZoneId libraryZone;
        ProbeRequest single = null;
        boolean shell = words.size() == 1 && words.get(0).equals("shell");
        try {
            settings = settings();
            libraryZone = ZoneId.of(zone);
            if (!shell) {
                single = ProbeRequest.parse(words, pin);
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            return ExitCodes.badInput(err, e.getMessage());
        }
        try (Sip2Client client = Sip2Client.fromSettings(settings, libraryZone)) {
            Sip2Probe probe = new Sip2Probe(client, Clock.systemUTC());
            return shell ? shell(probe, out, err) : runOne(probe, single, out, err);
        }
    }

    private int runOne(Sip2Probe probe, ProbeRequest request, PrintWriter out, PrintWriter err) {
        try {
            Json.print(out, probe.run(request));
            return ExitCodes.OK;
        } catch (Sip2Exception e) {
            err.println(e.getMessage());
            err.flush();
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("command", request.verb().word());
            failure.put("error", e.getMessage());
            Json.print(out, failure);
            return ExitCodes.FAILURE;
        }
    }

    private int shell(Sip2Probe probe, PrintWriter out, PrintWriter err) {
        int worst = ExitCodes.OK;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.equals("quit") || trimmed.equals("exit")) {
                    break;
                }
                ProbeRequest request;
                try {
                    request = ProbeRequest.parse(Arrays.asList(trimmed.split("\\s+")), null);
                } catch (IllegalArgumentException e) {
                    err.println(e.getMessage());
                    err.flush();
                    worst = worst == ExitCodes.FAILURE ? worst : ExitCodes.BAD_INPUT;
                    continue;
                }
                if (runOne(probe, request, out, err) != ExitCodes.OK) {
                    worst = ExitCodes.FAILURE;
                }
            }
        } catch (IOException e) {
            return ExitCodes.failure(err, "Cannot read commands from standard input: " + e.getMessage());
        }
        return worst;
    }

    private Sip2Settings settings() {
        String name = switch (charset.toUpperCase(java.util.Locale.ROOT)) {
            case "UTF-8", "UTF8" -> "UTF-8";
            case "ISO-8859-1", "LATIN1", "ISO8859-1" -> "ISO-8859-1";
            case "IBM850", "CP850" -> "IBM850";
            default -> throw new IllegalArgumentException("--charset must be UTF-8, ISO-8859-1 or IBM850, not '"
                    + charset + "'.");
        };
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("--port must be from 1 to 65535, not " + port + ".");
        }
        if (timeoutMillis < 100 || connectTimeoutMillis < 100) {
            throw new IllegalArgumentException("--timeout and --connect-timeout must be at least 100 ms.");
        }
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("--retries must be from 0 to 10, not " + retries + ".");
        }
        return new Sip2Settings(host, port, tls, truststore, truststorePassword, user, password, location, institution,
                Charset.forName(name), !noErrorDetection, connectTimeoutMillis, timeoutMillis, retries, terminalPassword);
    }
}
