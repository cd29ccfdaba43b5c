package io.poweralgo.ledger.custody;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sealing envelope of custodial keys, over generated keys, seeds and associated data. */
class MasterKeyProperties {

    @Property
    void sealedSeedOpensToItselfUnderTheSameKeyAndData(@ForAll("masterKeys") MasterKey key,
                                                        @ForAll @Size(32) byte[] seed,
                                                        @ForAll @Size(max = 200) byte[] associatedData) {
        MasterKey.Sealed sealed = key.seal(seed, associatedData);

        assertThat(key.open(sealed, associatedData)).isEqualTo(seed);
        assertThat(sealed.ciphertext()).hasSize(seed.length + 16);
    }

    @Property
    void anyFlippedBitOfTheCiphertextIsDetected(@ForAll("masterKeys") MasterKey key,
                                                @ForAll @Size(32) byte[] seed,
                                                @ForAll @IntRange(min = 0, max = 48 * 8 - 1) int bit) {
        MasterKey.Sealed sealed = key.seal(seed, new byte[] {1});
        byte[] tampered = sealed.ciphertext().clone();
        tampered[bit / 8] ^= (byte) (1 << (bit % 8));

        assertThatThrownBy(() -> key.open(new MasterKey.Sealed(sealed.iv(), tampered), new byte[] {1}))
                .isInstanceOf(CustodyException.class);
    }

    @Property
    void otherAssociatedDataDoesNotOpen(@ForAll("masterKeys") MasterKey key, @ForAll @Size(32) byte[] seed,
                                        @ForAll @Size(min = 1, max = 64) byte[] associatedData) {
        MasterKey.Sealed sealed = key.seal(seed, associatedData);
        byte[] other = Arrays.copyOf(associatedData, associatedData.length + 1);

        assertThatThrownBy(() -> key.open(sealed, other)).isInstanceOf(CustodyException.class);
    }

    @Property(tries = 200)
    void everySealUsesAFreshIv(@ForAll("masterKeys") MasterKey key, @ForAll @Size(32) byte[] seed) {
        assertThat(key.seal(seed, new byte[0]).iv()).isNotEqualTo(key.seal(seed, new byte[0]).iv());
    }

    @Provide
    Arbitrary<MasterKey> masterKeys() {
        return Arbitraries.create(() -> MasterKey.fromBase64("k1", MasterKey.newRandomBase64()));
    }
}
