package org.pustaka.hardware.rfid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.TagRead;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.hardware.sim.SimTag;

class TagSecurityTest {
    private final SimRfidPad pad = new SimRfidPad();
    private final SimTag tag = DemoTags.tagFor("30000101");

    TagSecurityTest() {
        pad.place(tag);
    }

    @Test
    void setsOnLoanAndProvesIt() {
        SecurityResult result = new TagSecurity(ReaderAccess.direct(pad)).setOnLoan(tag.uid());

        assertThat(result).isEqualTo(new SecurityResult.Verified(tag.uid(), 0xC2, 1));
        assertThat(tag.afi()).isEqualTo(0xC2);
    }

    @Test
    void configuredValuesAreUsed() {
        TagSecurity security = new TagSecurity(ReaderAccess.direct(pad), 0xDA, 0xD7, 2);

        assertThat(security.setOnLoan(tag.uid()).verified()).isTrue();
        assertThat(tag.afi()).isEqualTo(0xDA);
        assertThat(security.setInStock(tag.uid()).verified()).isTrue();
        assertThat(tag.afi()).isEqualTo(0xD7);
        assertThat(security.isInStock(0xD7)).isTrue();
        assertThat(security.isOnLoan(0x07)).isFalse();
    }

    @Test
    void aStackIsProvenTogetherAndAFailedWriteIsWrittenAgain() {
        SimTag cd = DemoTags.tagFor("30000102");
        pad.place(cd);
        pad.failNextWrites(1);

        assertThat(new TagSecurity(ReaderAccess.direct(pad)).setAfiOfAll(List.of(tag.uid(), cd.uid()), 0xC2))
                .isTrue();
        assertThat(tag.afi()).isEqualTo(0xC2);
        assertThat(cd.afi()).isEqualTo(0xC2);
    }

    @Test
    void aStackWithATagThatNeverTakesTheWriteIsNotProven() {
        SimTag cd = DemoTags.tagFor("30000102");
        pad.place(cd);
        pad.failNextWrites(6);

        assertThat(new TagSecurity(ReaderAccess.direct(pad)).setAfiOfAll(List.of(tag.uid(), cd.uid()), 0xC2))
                .isFalse();
        assertThat(tag.afi()).isEqualTo(0x07);
    }

    @Test
    void tagsWrittenOneByOneAreProvenTogetherByOneInventory() throws Exception {
        SimTag cd = DemoTags.tagFor("30000102");
        pad.place(cd);
        TagSecurity security = new TagSecurity(ReaderAccess.direct(pad));
        security.writeAfi(List.of(tag.uid()), 0xC2);
        pad.failNextWrites(1);
        security.writeAfi(List.of(cd.uid()), 0xC2);
        assertThat(cd.afi()).as("the write did not land").isEqualTo(0x07);

        assertThat(security.prove(List.of(tag.uid(), cd.uid()), 0xC2)).isEmpty();
        assertThat(cd.afi()).as("written again by the proof's second attempt").isEqualTo(0xC2);
    }

    @Test
    void aTagThatLeftThePadAfterItsWriteStaysUnproven() throws Exception {
        TagSecurity security = new TagSecurity(ReaderAccess.direct(pad));
        security.writeAfi(List.of(tag.uid()), 0xC2);
        pad.remove(tag.uid());

        assertThat(security.prove(List.of(tag.uid()), 0xC2)).containsExactly(tag.uid());
    }

    @Test
    void retriesAFailedWrite() {
        pad.failNextWrites(2);

        SecurityResult result = new TagSecurity(ReaderAccess.direct(pad)).setOnLoan(tag.uid());

        assertThat(result).isEqualTo(new SecurityResult.Verified(tag.uid(), 0xC2, 3));
    }

    @Test
    void givesUpAfterTheLastAttemptWithAClearResult() {
        pad.failNextWrites(5);

        SecurityResult result = new TagSecurity(ReaderAccess.direct(pad)).setOnLoan(tag.uid());

        assertThat(result.verified()).isFalse();
        SecurityResult.Unverified failed = (SecurityResult.Unverified) result;
        assertThat(failed.lastReadAfi()).isEqualTo(0x07);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(result.message()).isEqualTo("Tag E004015000010101 could not be set to AFI 0xC2 after 3 attempts:"
                + " it still reads AFI 0x07 (Tag E004015000010101 did not confirm the write.)."
                + " The item's security state is not confirmed; staff must check it.");
        assertThat(tag.afi()).isEqualTo(0x07);
    }

    @Test
    void aWriteThatLandedButReportedAnErrorIsStillVerified() {
        RfidReader lostAnswers = new Delegate(pad) {
            @Override
            public void writeAfi(String uid, int afi) throws DeviceException {
                pad.writeAfi(uid, afi);
                throw new DeviceException("rfid", "The RFID reader did not answer within 500 ms.");
            }
        };

        assertThat(new TagSecurity(ReaderAccess.direct(lostAnswers)).setOnLoan(tag.uid()))
                .isEqualTo(new SecurityResult.Verified(tag.uid(), 0xC2, 1));
    }

    @Test
    void aTagThatIgnoresWritesIsNotVerified() {
        RfidReader lockedAfi = new Delegate(pad) {
            @Override
            public void writeAfi(String uid, int afi) {
            }
        };

        SecurityResult result = new TagSecurity(ReaderAccess.direct(lockedAfi)).setOnLoan(tag.uid());

        assertThat(result).isEqualTo(new SecurityResult.Unverified(tag.uid(), 0xC2, 0x07, 3, ""));
    }

    @Test
    void aTagThatLeftCannotBeVerified() {
        pad.remove(tag.uid());

        SecurityResult result = new TagSecurity(ReaderAccess.direct(pad)).setInStock(tag.uid());

        assertThat(result.verified()).isFalse();
        assertThat(((SecurityResult.Unverified) result).lastReadAfi()).isEqualTo(-1);
        assertThat(result.message()).contains("its AFI could not be read back", "is not on the pad");
    }

    @Test
    void equalAfiValuesAreRefused() {
        assertThatThrownBy(() -> new TagSecurity(ReaderAccess.direct(pad), 0x07, 0x07, 3))
                .hasMessageContaining("must differ");
    }

    private static class Delegate implements RfidReader {
        private final RfidReader inner;

        Delegate(RfidReader inner) {
            this.inner = inner;
        }

        @Override
        public List<String> inventory() throws DeviceException {
            return inner.inventory();
        }

        @Override
        public TagRead read(String uid) throws DeviceException {
            return inner.read(uid);
        }

        @Override
        public void writeAfi(String uid, int afi) throws DeviceException {
            inner.writeAfi(uid, afi);
        }

        @Override
        public void writeBlocks(String uid, int firstBlock, byte[] data) throws DeviceException {
            inner.writeBlocks(uid, firstBlock, data);
        }

        @Override
        public DeviceHealth health() {
            return inner.health();
        }
    }
}
