package org.pustaka.kiosk.cli;

import java.io.PrintWriter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pustaka.hardware.tag.LibraryTag;
import org.pustaka.hardware.tag.TagCodec;
import org.pustaka.hardware.tag.TagDecodeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kiosk tag decode HEX} and {@code kiosk tag encode ...}: the ISO 28560-3 tag codec for technicians.
 * Decode prints the fields as JSON (a damaged tag still prints, with {@code crcOk} false); data that is
 * not a library tag, or fields that do not fit, are bad input.
 */
@Command(name = "tag", description = "Decode and encode ISO 28560-3 library tag data.")
public final class TagCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ExitCodes.usage(spec);
    }

    @Command(name = "decode", description = "Decode tag memory given as hex (blocks in either byte order).")
    int decode(@Parameters(paramLabel = "HEX", description = "the tag's user memory, 32 bytes or more") String hex) {
        PrintWriter err = spec.commandLine().getErr();
        byte[] memory;
        try {
            memory = HexFormat.of().parseHex(hex.replaceAll("[\\s:]", "").replaceFirst("^0[xX]", ""));
        } catch (IllegalArgumentException e) {
            return ExitCodes.badInput(err, "The tag data must be hexadecimal digits, two for each byte, such as 1101013131...");
        }
        TagDecodeResult result = TagCodec.decode(memory);
        if (result instanceof TagDecodeResult.Decoded decoded) {
            Json.print(spec.commandLine().getOut(), TagJson.fields(decoded.libraryTag(), true));
            return ExitCodes.OK;
        }
        if (result instanceof TagDecodeResult.CrcMismatch mismatch) {
            Json.print(spec.commandLine().getOut(), TagJson.fields(mismatch.asRead(), false));
            err.println(result.message());
            err.flush();
            return ExitCodes.OK;
        }
        return ExitCodes.badInput(err, result.message());
    }

    @Command(name = "encode", description = "Encode tag memory for an item; prints {\"hex\": ...}.")
    int encode(
            @Option(names = "--id", paramLabel = "ID", required = true,
                    description = "primary item identifier, up to 16 bytes")
            String id,
            @Option(names = "--country", paramLabel = "CC", defaultValue = "ID",
                    description = "owner country, ISO 3166 (default ${DEFAULT-VALUE})")
            String country,
            @Option(names = "--isil", paramLabel = "ISIL", defaultValue = "",
                    description = "owner library ISIL (default none)")
            String isil,
            @Option(names = "--parts", paramLabel = "N", defaultValue = "1",
                    description = "number of parts in the item (default 1)")
            int parts,
            @Option(names = "--part", paramLabel = "K", defaultValue = "1",
                    description = "this part's number (default 1)")
            int part,
            @Option(names = "--usage", paramLabel = "U", defaultValue = "1",
                    description = "type of usage 0-15 (default 1, circulating)")
            int usage,
            @Option(names = "--size", paramLabel = "BYTES", defaultValue = "32",
                    description = "32 or 34 bytes (default 32)")
            int size) {
        if (size != 32 && size != 34) {
            return ExitCodes.badInput(spec.commandLine().getErr(), "The size must be 32 or 34 bytes, not " + size + ".");
        }
        try {
            LibraryTag tag = LibraryTag.of(id, usage, parts, part, country.toUpperCase(Locale.ROOT), isil);
            String hex = HexFormat.of().formatHex(TagCodec.encode(tag, size));
            Json.print(spec.commandLine().getOut(), Map.of("hex", hex));
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            return ExitCodes.badInput(spec.commandLine().getErr(), e.getMessage());
        }
    }
}
