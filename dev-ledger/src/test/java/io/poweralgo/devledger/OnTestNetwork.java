package io.poweralgo.devledger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** A test that gets a fresh {@link TestNetwork} for each of its methods, with its journal in a folder of its own. */
abstract class OnTestNetwork {

    @TempDir
    Path journal;

    TestNetwork network;

    @BeforeEach
    void startLedger() {
        network = TestNetwork.start(journal);
    }

    @AfterEach
    void stopLedger() {
        network.close();
    }
}
