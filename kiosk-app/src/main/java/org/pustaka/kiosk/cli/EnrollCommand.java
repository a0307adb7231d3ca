package org.pustaka.kiosk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pustaka.kiosk.config.CatalogSettings;
import org.pustaka.kiosk.library.http.CatalogException;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.catalog.api.Enrollment;
import org.pustaka.catalog.api.EnrollmentRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "enroll", description = "Register this kiosk with the central catalog and store its token.")
public final class EnrollCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "The central catalog API root, such as https://katalog.example/api/v1/")
    String url;

    @Option(names = "--code", required = true, paramLabel = "CODE", description = "The one-time enrollment code from the library staff.")
    String code;

    @Option(names = "--kiosk-id", required = true, paramLabel = "ID", description = "This kiosk's id, such as MLG-01.")
    String kioskId;

    @Option(names = "--write-config", paramLabel = "FILE",
            description = "Write catalog.url, catalog.token and kiosk.id into this properties file (mode 0600).")
    Path configFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        URI root;
        try {
            root = URI.create(url.endsWith("/") ? url : url + "/");
            if (!"http".equals(root.getScheme()) && !"https".equals(root.getScheme())) {
                throw new IllegalArgumentException("scheme");
            }
        } catch (IllegalArgumentException e) {
            return ExitCodes.badInput(err, "--url \"" + url + "\" is not an http:// or https:// address such as https://katalog.example/api/v1/.");
        }
        if (!kioskId.matches("[A-Za-z0-9._-]{1,40}")) {
            return ExitCodes.badInput(err, "--kiosk-id \"" + kioskId + "\" may hold only letters, digits, '.', '_' or '-' (at most 40).");
        }
        CatalogSettings settings = new CatalogSettings(root, "", null, "", 5000, 15_000, 60);
        Enrollment enrollment;
        try (CentralCatalogClient client = new CentralCatalogClient(settings, kioskId)) {
            enrollment = client.enroll(new EnrollmentRequest(kioskId, code.trim(), KioskVersion.current()));
        } catch (CatalogException e) {
            err.println(e.getMessage());
            err.flush();
            return e.failure() == CatalogException.Failure.REFUSED || e.failure() == CatalogException.Failure.TOKEN_REJECTED
                    ? ExitCodes.badInput(err, "The central catalog did not accept the enrollment code; ask the library staff for a new one.")
                    : ExitCodes.FAILURE;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("kioskId", enrollment.kioskId());
        result.put("url", root.toString());
        result.put("enrolled", true);
        if (configFile != null) {
            try {
                writeConfig(configFile, Map.of("catalog.url", root.toString(), "catalog.token", enrollment.token(),
                        "kiosk.id", enrollment.kioskId()));
            } catch (IOException e) {
                return ExitCodes.failure(err, "Enrolled, but the token could not be written to " + configFile + ": "
                        + e.getMessage() + ". Enroll again with a new code once the file is writable.");
            }
            result.put("config", configFile.toString());
            err.println("Kiosk " + enrollment.kioskId() + " enrolled; token stored in " + configFile + ".");
        } else {
            result.put("token", enrollment.token());
            err.println("Kiosk " + enrollment.kioskId() + " enrolled. Put the token into catalog.token of the kiosk's configuration.");
        }
        err.flush();
        Json.print(out, result);
        return ExitCodes.OK;
    }

    /** Sets {@code values} in the properties file, keeping its other lines; the file is readable by its owner only. */
    static void writeConfig(Path file, Map<String, String> values) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : new ArrayList<>();
        Map<String, String> missing = new LinkedHashMap<>(values);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String key = keyOf(line);
            if (key != null && values.containsKey(key)) {
                if (missing.remove(key) != null) {
                    out.add(key + "=" + values.get(key));
                }
            } else {
                out.add(line);
            }
        }
        missing.forEach((k, v) -> out.add(k + "=" + v));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("a stale " + tmp + " is in the way", e);
        }
        Files.write(tmp, out, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String keyOf(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
            return null;
        }
        int i = 0;
        while (i < t.length() && t.charAt(i) != '=' && t.charAt(i) != ':' && !Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return t.substring(0, i);
    }
}
