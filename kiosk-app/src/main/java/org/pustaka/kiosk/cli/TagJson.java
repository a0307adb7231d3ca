package org.pustaka.kiosk.cli;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.pustaka.hardware.api.TagRead;
import org.pustaka.hardware.tag.LibraryTag;
import org.pustaka.hardware.tag.TagCodec;
import org.pustaka.hardware.tag.TagDecodeResult;

/** The technician commands' JSON of a tag: the library tag's fields, and a whole read from the reader. */
final class TagJson {
    private TagJson() {
    }

    /** The fields of a library tag; {@code crcOk} false for one read with a wrong check sum. */
    static Map<String, Object> fields(LibraryTag tag, boolean crcOk) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", tag.version());
        json.put("typeOfUsage", tag.typeOfUsage());
        json.put("partsInItem", tag.partsInItem());
        json.put("partNumber", tag.partNumber());
        json.put("itemId", tag.itemId());
        json.put("crc", String.format("%04X", tag.crc()));
        json.put("crcOk", crcOk);
        json.put("country", tag.country());
        json.put("isil", tag.isil());
        json.put("blockOrder", tag.blockOrder().name().toLowerCase(Locale.ROOT));
        return json;
    }

    /** A tag as the reader read it: UID, AFI and memory, then the decoded fields or the codec's problem. */
    static Map<String, Object> read(TagRead read) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("uid", read.uid());
        json.put("afi", String.format("0x%02X", read.afi()));
        json.put("memory", HexFormat.of().formatHex(read.memory()));
        TagDecodeResult result = TagCodec.decode(read.memory());
        json.put("decoded", result instanceof TagDecodeResult.Decoded);
        result.tag().ifPresentOrElse(tag -> json.putAll(fields(tag, true)), () -> json.put("problem", result.message()));
        return json;
    }
}
