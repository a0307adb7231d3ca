package org.pustaka.kiosk.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.hardware.sim.SimTag;
import org.pustaka.hardware.tag.LibraryTag;
import org.pustaka.hardware.tag.TagCodec;
import org.pustaka.hardware.tag.TagCrc;
import org.pustaka.kiosk.circulation.PadTag;
import org.pustaka.kiosk.store.AuditEntry;

class TagBenchTest {
    private static final String BLANK = "E0040150FFFF0001";
    private static final String BLANK_2 = "E0040150FFFF0002";

    private final SimRfidPad pad = new SimRfidPad();
    private final LockingReader reader = new LockingReader(pad);
    private final MemoryAuditStore store = new MemoryAuditStore();
    private final AuditLog audit = new AuditLog(store, Clock.fixed(Instant.parse("2026-11-28T03:00:00Z"),
            ZoneOffset.UTC));
    private final TagBench bench = new TagBench(reader, audit, DemoTags.AFI_ON_LOAN, DemoTags.AFI_IN_STOCK,
            DemoTags.COUNTRY, DemoTags.ISIL);

    @Test
    void demoTagsAreListedDecodedWithTheirSetAndSecurityState() {
        pad.place(DemoTags.tagFor("30000105", 2, 2, DemoTags.AFI_ON_LOAN));
        pad.place(DemoTags.tagFor("30000105", 2, 1, DemoTags.AFI_IN_STOCK));
        pad.place(DemoTags.tagFor("30000200", 1, 1, 0x00));

        PadScan scan = bench.scan();

        assertThat(scan.readerFailed()).isFalse();
        assertThat(scan.tags()).extracting(PadTag::uid)
                .containsExactly("E004015000010501", "E004015000010502", "E004015000020001");
        PadTag first = scan.tags().get(0);
        LibraryTag c = first.content().orElseThrow();
        assertThat(c.itemId()).isEqualTo("30000105");
        assertThat(c.partNumber()).isEqualTo(1);
        assertThat(c.partsInItem()).isEqualTo(2);
        assertThat(c.country()).isEqualTo("ID");
        assertThat(c.isil()).isEqualTo("MLG01");
        assertThat(c.typeOfUsage()).isEqualTo(1);
        assertThat(TagBench.problem(first).both()).isEmpty();
        assertThat(scan.tags()).extracting(PadTag::security).containsExactly(PadTag.Security.IN_STOCK,
                PadTag.Security.ON_LOAN, PadTag.Security.OTHER);
        assertThat(scan.tags().get(2).afiHex()).isEqualTo("0x00");
        assertThat(store.latest(10)).as("polling is not audited").isEmpty();
    }

    @Test
    void tagsThatDoNotDecodeSayWhatIsWrongInBothLanguages() {
        pad.place(new SimTag(BLANK, 0, new byte[32]));
        byte[] damaged = TagCodec.encode(LibraryTag.circulating("30000105", "ID", "MLG01"), 32);
        damaged[5] ^= 0x01;
        pad.place(new SimTag("E0040150AAAA0001", DemoTags.AFI_IN_STOCK, damaged));
        byte[] random = new byte[32];
        for (int i = 0; i < random.length; i++) {
            random[i] = (byte) (0x31 + i);
        }
        pad.place(new SimTag("E0040150AAAA0002", 0x99, random));
        pad.place(new SimTag("E0040150AAAA0003", 0, version(3)));
        pad.place(new SimTag("E0040150AAAA0004", 0, new byte[16]));

        List<PadTag> tags = bench.scan().tags();

        assertThat(tags).allMatch(t -> t.content().isEmpty());
        assertThat(tags).extracting(PadTag::uid).containsExactly("E0040150AAAA0001", "E0040150AAAA0002",
                "E0040150AAAA0003", "E0040150AAAA0004", BLANK);
        assertThat(TagBench.problem(tags.get(0)).both()).contains("Checksum tag salah", "The tag's checksum is wrong",
                "write the tag again", "item 30100105");
        assertThat(TagBench.problem(tags.get(1)).both()).contains("bukan format ISO 28560-3", "not in an ISO 28560-3 format");
        assertThat(tags.get(1).afiHex()).isEqualTo("0x99");
        assertThat(TagBench.problem(tags.get(2)).both()).contains("versi 3", "version 3", "version 1 only");
        assertThat(TagBench.problem(tags.get(3)).both()).contains("hanya 16 byte", "only 16 bytes");
        assertThat(TagBench.problem(tags.get(4)).both()).startsWith("Tag kosong").contains(" / The tag is blank");
        assertThat(tags).extracting(PadTag::blank).containsExactly(false, false, false, false, true);
    }

    @Test
    void aReaderThatDoesNotAnswerIsASentenceNotAnException() {
        pad.broken(true);
        PadScan scan = bench.scan();
        assertThat(scan.tags()).isEmpty();
        assertThat(scan.problem().both()).contains("Pembaca RFID tidak menjawab", "The RFID reader does not answer");
    }

    @Test
    void aBlankTagIsWrittenReadBackAndAudited() {
        pad.place(new SimTag(BLANK, 0, new byte[32]));

        TagWriteResult r = bench.write(bench.newOrder().withItem("30000777").part(2, 3).loaned(true));

        assertThat(r.outcome()).as(r.sentence().both()).isEqualTo(TagWriteResult.Outcome.WRITTEN);
        assertThat(r.uid()).isEqualTo(BLANK);
        assertThat(r.sentence().both()).contains("ditulis dan diperiksa", "barang 30000777", "bagian 2 dari 3",
                "was written and checked", "part 2 of 3", "owner ID-MLG01", "on loan (AFI 0xC2)");
        LibraryTag onTag = TagCodec.decode(pad.tag(BLANK).orElseThrow().memory()).tag().orElseThrow();
        assertThat(onTag).isEqualTo(new LibraryTag(1, 1, 3, 2, "30000777", onTag.crc(), "ID", "MLG01",
                onTag.blockOrder()));
        assertThat(pad.tag(BLANK).orElseThrow().afi()).isEqualTo(DemoTags.AFI_ON_LOAN);
        assertThat(r.tag().orElseThrow().security()).isEqualTo(PadTag.Security.ON_LOAN);
        AuditEntry entry = store.latest(1).get(0);
        assertThat(entry.action()).isEqualTo("write tag");
        assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.OK);
        assertThat(entry.detail()).contains("30000777", BLANK, "2/3", "on loan");
    }

    @Test
    void theOnlyBlankTagIsChosenBesideABooksTagAndTheBookIsLeftAlone() {
        SimTag book = DemoTags.tagFor("30000105");
        byte[] before = book.memory();
        pad.place(book);
        pad.place(new SimTag(BLANK, 0, new byte[40]));

        TagWriteResult r = bench.write(bench.newOrder().withItem("LOCAL-42"));

        assertThat(r.written()).as(r.sentence().both()).isTrue();
        assertThat(r.uid()).isEqualTo(BLANK);
        assertThat(book.memory()).isEqualTo(before);
        assertThat(pad.tag(BLANK).orElseThrow().afi()).isEqualTo(DemoTags.AFI_IN_STOCK);
        assertThat(r.tag().orElseThrow().content().orElseThrow().itemId()).isEqualTo("LOCAL-42");
    }

    @Test
    void aBooksTagIsReprogrammedOnlyWhenAskedTo() {
        pad.place(DemoTags.tagFor("30000105"));
        String uid = DemoTags.uidFor("30000105", 1);

        TagWriteResult refused = bench.write(bench.newOrder().withItem("30000106"));
        assertThat(refused.outcome()).isEqualTo(TagWriteResult.Outcome.REFUSED);
        assertThat(refused.sentence().both()).contains("sudah berisi barang 30000105", "already holds item 30000105",
                "Re-program");
        TagWriteResult picked = bench.write(bench.newOrder().withItem("30000106").onTag(uid));
        assertThat(picked.outcome()).isEqualTo(TagWriteResult.Outcome.REFUSED);

        TagWriteResult r = bench.write(bench.newOrder().withItem("30000106").onTag(uid).reprogram(true));
        assertThat(r.written()).as(r.sentence().both()).isTrue();
        assertThat(bench.scan().tags().get(0).content().orElseThrow().itemId()).isEqualTo("30000106");
        assertThat(store.latest(3)).extracting(AuditEntry::outcome).containsExactly(AuditEntry.Outcome.OK,
                AuditEntry.Outcome.DENIED, AuditEntry.Outcome.DENIED);
    }

    @Test
    void noTagOnThePadIsRefused() {
        TagWriteResult r = bench.write(bench.newOrder().withItem("30000777"));
        assertThat(r.outcome()).isEqualTo(TagWriteResult.Outcome.REFUSED);
        assertThat(r.sentence().both()).contains("Tidak ada tag di pad", "There is no tag on the pad");
        assertThat(store.latest(1).get(0).detail()).contains("30000777", "tag (none)");
    }

    @Test
    void twoCandidateTagsAreRefusedUnlessOneIsPicked() {
        pad.place(new SimTag(BLANK, 0, new byte[32]));
        pad.place(new SimTag(BLANK_2, 0, new byte[32]));

        TagWriteResult r = bench.write(bench.newOrder().withItem("30000777"));
        assertThat(r.outcome()).isEqualTo(TagWriteResult.Outcome.REFUSED);
        assertThat(r.sentence().both()).contains("Ada 2 tag", "There are 2 tags", "Leave only one");
        assertThat(pad.tag(BLANK).orElseThrow().memory()).isEqualTo(new byte[32]);

        assertThat(bench.write(bench.newOrder().withItem("30000777").onTag(BLANK_2)).written()).isTrue();
        assertThat(pad.tag(BLANK).orElseThrow().memory()).isEqualTo(new byte[32]);
    }

    @Test
    void aPickedTagThatLeftThePadIsRefused() {
        pad.place(new SimTag(BLANK, 0, new byte[32]));
        TagWriteResult r = bench.write(bench.newOrder().withItem("30000777").onTag(BLANK_2));
        assertThat(r.outcome()).isEqualTo(TagWriteResult.Outcome.REFUSED);
        assertThat(r.sentence().both()).contains(BLANK_2, "no longer on the pad");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                 | 1 | 1 | ID  | MLG01      | Enter the item id",
        "12345678901234567  | 1 | 1 | ID  | MLG01      | at most 16 letters or digits",
        "3000 0105          | 1 | 1 | ID  | MLG01      | without spaces",
        "30000105           | 0 | 1 | ID  | MLG01      | number of parts must be 1 to 255, not 0",
        "30000105           | 2 | 3 | ID  | MLG01      | part number must be 1 to 2, not 3",
        "30000105           | 1 | 1 | IDN | MLG01      | country must be two letters",
        "30000105           | 1 | 1 | ID  | MLG01-LONG | ISIL holds at most 9"})
    void anOrderTheCodecCannotTakeIsRefusedBeforeTheTagIsTouched(String item, int parts, int part, String country,
                                                                  String isil, String expected) {
        pad.place(new SimTag(BLANK, 0, new byte[32]));
        TagWriteResult r = bench.write(new TagOrder("", item, parts, part, country, isil, false, false));
        assertThat(r.outcome()).isEqualTo(TagWriteResult.Outcome.REFUSED);
        assertThat(r.sentence().both()).contains(expected).contains(" / ");
        assertThat(pad.tag(BLANK).orElseThrow().memory()).isEqualTo(new byte[32]);
        assertThat(store.latest(1).get(0).outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
    }

    @Test
    void aLockedTagIsSaidToBeLockedWhetherTheReaderReportsItOrNot() {
        pad.place(new SimTag(BLANK, 0, new byte[32]));
        reader.refusing.add(BLANK);
        TagWriteResult reported = bench.write(bench.newOrder().withItem("30000777"));
        assertThat(reported.outcome()).isEqualTo(TagWriteResult.Outcome.LOCKED);
        assertThat(reported.sentence().both()).contains("terkunci", "is locked (read-only)", "use another tag",
                "block locked");

        reader.refusing.clear();
        reader.ignoring.add(BLANK);
        TagWriteResult silent = bench.write(bench.newOrder().withItem("30000777"));
        assertThat(silent.outcome()).isEqualTo(TagWriteResult.Outcome.LOCKED);
        assertThat(store.latest(2)).extracting(AuditEntry::outcome)
                .containsOnly(AuditEntry.Outcome.FAILED);
    }

    @Test
    void aWriteTheTagDoesNotConfirmFailsWithWhatToDo() {
        pad.place(new SimTag(BLANK, 0, new byte[32]));
        pad.failNextWrites(1);
        TagWriteResult r = bench.write(bench.newOrder().withItem("30000777"));
        assertThat(r.outcome()).isEqualTo(TagWriteResult.Outcome.FAILED);
        assertThat(r.sentence().both()).contains("Penulisan tag", "keep it still", "did not confirm the write");
        assertThat(bench.write(bench.newOrder().withItem("30000777")).written()).isTrue();
    }

    /** A basic block with a good CRC but another data model version. */
    private static byte[] version(int version) {
        byte[] data = TagCodec.encode(LibraryTag.circulating("30000105", "ID", "MLG01"), 32);
        data[0] = (byte) ((version << 4) | 1);
        int crc = TagCrc.basicBlockCrc(data);
        data[19] = (byte) crc;
        data[20] = (byte) (crc >>> 8);
        return data;
    }
}
