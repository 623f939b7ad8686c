package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutputFolderNameTest {

    @Test
    void namesThatDifferGetDifferentFolders() {
        List<String> names = List.of("a/b", "a_b", "a b", "a%2Fb", "a%20b", "a\\b", "ä", "_", "%");
        assertThat(names.stream().map(OutputFolderName::of).distinct()).hasSameSizeAs(names);
    }

    @Test
    void namesTheRulesAcceptAreTheirOwnFolder() {
        for (String name : List.of("nightly-etl.v2_final", "nightly etl", "每日报表", "Überträge 2026")) {
            assertThat(OutputFolderName.of(name)).isEqualTo(name);
        }
    }

    @Test
    void folderNameIsNeverAPathOfItsOwn() {
        for (String name : List.of("..", ".", "a/../b", "/etc")) {
            assertThat(OutputFolderName.of(name)).doesNotContain("/").isNotIn(".", "..");
        }
    }
}
