package io.kumo.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretMaskTest {

    private final List<String> lines = new ArrayList<>();

    @Test
    void everyOccurrenceIsMaskedAndOverlappingSecretsBecomeOneMask() {
        SecretMask mask = SecretMask.of(List.of("abcd", "cdef"));
        assertThat(mask.mask("x abcdef y abcd z")).isEqualTo("x ****** y ****** z");
        assertThat(mask.mask("nothing here")).isEqualTo("nothing here");
    }

    @Test
    void aSecretSplitAcrossALineCutIsMaskedWhole() {
        SecretMask.Pieces pieces = SecretMask.of(List.of("hunter2-secret")).pieces(lines::add);
        pieces.accept("a".repeat(100) + "hunter2-", true);
        pieces.accept("secret and more", false);

        assertThat(String.join("", lines)).isEqualTo("a".repeat(100) + "****** and more").doesNotContain("hunter");
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotContain("secret"));
    }

    @Test
    void aSecretEndingRightAtTheCutGoesOutMaskedAndNothingOfItIsHeldBack() {
        SecretMask.Pieces pieces = SecretMask.of(List.of("hunter2-secret", "a-much-longer-secret-value")).pieces(lines::add);
        pieces.accept("x".repeat(50) + "hunter2-secret", true);
        pieces.accept("tail", false);

        assertThat(String.join("", lines)).isEqualTo("x".repeat(50) + "******tail");
        assertThat(lines).noneMatch(line -> line.contains("hunter") || line.contains("secret"));
    }

    @Test
    void aSecretSpreadOverManySmallPiecesIsMasked() {
        SecretMask.Pieces pieces = SecretMask.of(List.of("0123456789")).pieces(lines::add);
        for (String piece : new String[] {"..01", "234", "56", "789.."}) {
            pieces.accept(piece, true);
        }
        pieces.accept("", false);

        assertThat(String.join("", lines)).isEqualTo("..******..");
    }

    @Test
    void piecesOfDifferentLinesAreNotJoined() {
        SecretMask.Pieces pieces = SecretMask.of(List.of("abcdef")).pieces(lines::add);
        pieces.accept("abc", false);
        pieces.accept("def", false);

        assertThat(lines).containsExactly("abc", "def");
    }

    @Test
    void eachLineOfAMultiLineSecretIsMasked() {
        SecretMask mask = SecretMask.of(List.of("-----BEGIN KEY-----\nMIIBOgIBAAJBAKj34GkxFhD9\n-----END KEY-----\n"));
        assertThat(mask.mask("MIIBOgIBAAJBAKj34GkxFhD9")).isEqualTo("******");
    }
}
