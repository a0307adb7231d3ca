package org.pustaka.kiosk.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/**
 * Where the UI tests put their screenshots: always under {@code target/screens} of the module, so a test
 * run never changes a tracked file. The pictures in {@code docs/screens} are replaced only on request,
 * with {@code -Dscreens.update=true} on the Maven command line (see docs/touchscreen.md).
 */
public final class Screenshots {
    /** The property that also copies each screenshot into docs/screens. */
    public static final String UPDATE_PROPERTY = "screens.update";

    private Screenshots() {
    }

    /** The folder the tests write to: {@code target/screens} beside the module's sources. */
    public static Path folder() {
        return module().resolve("target").resolve("screens");
    }

    /** Writes {@code file} (a PNG name) under target/screens, and into docs/screens when asked to. */
    public static void save(BufferedImage image, String file) throws IOException {
        Path written = folder().resolve(file);
        Files.createDirectories(written.getParent());
        ImageIO.write(image, "png", written.toFile());
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Path docs = module().getParent().resolve("docs").resolve("screens");
            Files.createDirectories(docs);
            Files.copy(written, docs.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path module() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("kiosk-app").resolve("src")) ? here.resolve("kiosk-app") : here;
    }
}
