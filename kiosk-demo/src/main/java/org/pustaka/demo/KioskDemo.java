package org.pustaka.demo;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pustaka.kiosk.Main;
import picocli.CommandLine;

/**
 * {@code ./kiosk demo}: starts the library side ({@link DemoServices}: SLiMS demo data on an embedded MariaDB and
 * the central catalog service) and runs the kiosk's own demo command in the same process against it, over HTTP or,
 * with {@code --library sip2}, through the service's SIP2 server. Prints where the service and its data live, and the
 * staff pages' address with the demo's staff login. The data folder is {@code ~/.local/share/pustaka-demo/run-*} (or {@code --demo-folder}), deleted when the demo ends.
 * Other arguments ({@code --headless}, {@code --scenario}) go to the kiosk's demo command unchanged.
 */
public final class KioskDemo {
    private KioskDemo() {
    }

    /** The console line naming the staff pages and the demo's staff login. */
    static String staffLine(DemoServices services) {
        return "Staff pages: " + services.staffUrl() + " (sign in as user " + DemoServices.STAFF_USER + ", password "
                + DemoServices.STAFF_PASSWORD + "; may manage events, school visits and kiosks).";
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the demo; answers the kiosk demo's exit code (2 for a bad argument here). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) throws Exception {
        String library = "http";
        Path base = Path.of(System.getProperty("user.home"), ".local", "share", "pustaka-demo");
        List<String> kioskArgs = new ArrayList<>(List.of("demo"));
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--library") || args[i].equals("--demo-folder")) && i + 1 >= args.length) {
                err.println(args[i] + " needs a value: --library http|sip2, --demo-folder DIR.");
                return 2;
            }
            switch (args[i]) {
                case "--library" -> library = args[++i];
                case "--demo-folder" -> base = Path.of(args[++i]);
                default -> kioskArgs.add(args[i]);
            }
        }
        if (!library.equals("http") && !library.equals("sip2")) {
            err.println("--library is http or sip2, not '" + library + "'.");
            return 2;
        }
        Path folder = Files.createTempDirectory(Files.createDirectories(base), "run-");
        err.println("Starting the central catalog service on an embedded MariaDB with the SLiMS demo data...");
        DemoServices started;
        try {
            started = DemoServices.start(folder);
        } catch (Exception | Error e) {
            DemoServices.deleteTree(folder);
            err.println("The central catalog service could not start: " + e.getMessage());
            return 1;
        }
        try (DemoServices services = started) {
            Thread cleanup = new Thread(services::close, "demo-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanup);
            Path config = folder.resolve("kiosk-demo.properties");
            Files.writeString(config, services.kioskProperties(library, folder.resolve("kiosk")));
            err.println("Central catalog service: " + services.apiUrl() + " (SIP2 on 127.0.0.1:" + services.sip2Port()
                    + "); the kiosk borrows over " + (library.equals("sip2") ? "SIP2" : "HTTP") + ".");
            err.println(staffLine(services));
            err.println("SLiMS database '" + DemoServices.SLIMS_DB + "' on MariaDB port " + services.mariaDb().port()
                    + "; all demo data in " + folder + " (deleted when the demo ends).");
            kioskArgs.addAll(List.of("--config", config.toString(), "--data-dir", folder.resolve("kiosk").toString()));
            CommandLine cli = Main.commandLine();
            cli.setOut(out);
            cli.setErr(err);
            int code = cli.execute(kioskArgs.toArray(String[]::new));
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
            return code;
        }
    }
}
