package io.kumo.code.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultiCaretTextTest {

    @Test
    void typingInsertsAtEveryCaretAndMovesEachPastItsInsertion() {
        String text = "ab\ncd\n";
        MultiEdit edit = MultiCaretText.type(List.of(CaretRange.at(4), CaretRange.at(1)), "X");
        assertThat(edit.applyTo(text)).isEqualTo("aXb\ncXd\n");
        assertThat(edit.carets()).containsExactly(CaretRange.at(2), CaretRange.at(6));
    }

    @Test
    void typingReplacesEverySelection() {
        MultiEdit edit = MultiCaretText.type(List.of(new CaretRange(0, 3), new CaretRange(7, 4)), "x");
        assertThat(edit.applyTo("foo bar foo")).isEqualTo("x x foo");
        assertThat(edit.carets()).containsExactly(CaretRange.at(1), CaretRange.at(3));
    }

    @Test
    void backspaceDeletesBeforeEveryCaretAndNothingBeforeTheStart() {
        MultiEdit edit = MultiCaretText.backspace(List.of(CaretRange.at(0), CaretRange.at(2), CaretRange.at(5)));
        assertThat(edit.applyTo("ab\ncd")).isEqualTo("a\nc");
        assertThat(edit.carets()).containsExactly(CaretRange.at(0), CaretRange.at(1), CaretRange.at(3));
    }

    @Test
    void adjacentCaretsBackspacingMergeInsteadOfDeletingTwice() {
        MultiEdit edit = MultiCaretText.backspace(List.of(CaretRange.at(1), CaretRange.at(2)));
        assertThat(edit.applyTo("abc")).isEqualTo("c");
        assertThat(edit.carets()).containsExactly(CaretRange.at(0));
    }

    @Test
    void deleteRemovesAfterEveryCaretAndStopsAtTheEnd() {
        String text = "ab\ncd";
        MultiEdit edit = MultiCaretText.delete(text, List.of(CaretRange.at(0), CaretRange.at(5)));
        assertThat(edit.applyTo(text)).isEqualTo("b\ncd");
        assertThat(edit.carets()).containsExactly(CaretRange.at(0), CaretRange.at(4));
    }

    @Test
    void pasteOfOneLinePerCaretGivesEachCaretItsLine() {
        MultiEdit edit = MultiCaretText.paste(List.of(CaretRange.at(0), CaretRange.at(2)), "1\n2");
        assertThat(edit.applyTo("a\nb")).isEqualTo("1a\n2b");
        MultiEdit whole = MultiCaretText.paste(List.of(CaretRange.at(0), CaretRange.at(2)), "x");
        assertThat(whole.applyTo("a\nb")).isEqualTo("xa\nxb");
    }

    @Test
    void arrowsHomeAndEndMoveEveryCaret() {
        String text = "  ab\n  cd";
        List<CaretRange> carets = List.of(CaretRange.at(3), CaretRange.at(8));
        assertThat(MultiCaretText.move(text, carets, Motion.LEFT, false)).containsExactly(CaretRange.at(2), CaretRange.at(7));
        assertThat(MultiCaretText.move(text, carets, Motion.LINE_END, false)).containsExactly(CaretRange.at(4), CaretRange.at(9));
        List<CaretRange> home = MultiCaretText.move(text, carets, Motion.LINE_START, false);
        assertThat(home).containsExactly(CaretRange.at(2), CaretRange.at(7));
        assertThat(MultiCaretText.move(text, home, Motion.LINE_START, false)).containsExactly(CaretRange.at(0), CaretRange.at(5));
        assertThat(MultiCaretText.move(text, carets, Motion.RIGHT, true)).containsExactly(new CaretRange(3, 4), new CaretRange(8, 9));
        assertThat(MultiCaretText.move(text, List.of(CaretRange.at(8)), Motion.UP, false)).containsExactly(CaretRange.at(3));
    }

    @Test
    void caretsThatMeetMergeIntoOne() {
        assertThat(MultiCaretText.move("ab\ncd", List.of(CaretRange.at(0), CaretRange.at(3)), Motion.UP, false))
                .containsExactly(CaretRange.at(0));
    }

    @Test
    void addsACaretOnTheLineAboveOrBelowAtTheSameColumnClampedToShortLines() {
        String text = "abcdef\nab\nabcdef";
        assertThat(MultiCaretText.addCaretOnNextLine(text, List.of(CaretRange.at(4)), false))
                .containsExactly(CaretRange.at(4), CaretRange.at(9));
        assertThat(MultiCaretText.addCaretOnNextLine(text, List.of(CaretRange.at(14)), true))
                .containsExactly(CaretRange.at(9), CaretRange.at(14));
        assertThat(MultiCaretText.addCaretOnNextLine(text, List.of(CaretRange.at(1)), true)).containsExactly(CaretRange.at(1));
    }

    @Test
    void nextOccurrenceFirstSelectsTheWordThenAddsTheFollowingMatchesWrappingAround() {
        String text = "foo = 1\nbar = foo\nfoo()";
        List<CaretRange> word = MultiCaretText.addNextOccurrence(text, List.of(CaretRange.at(15)));
        assertThat(word).containsExactly(new CaretRange(14, 17));
        List<CaretRange> two = MultiCaretText.addNextOccurrence(text, word);
        assertThat(two).containsExactly(new CaretRange(14, 17), new CaretRange(18, 21));
        List<CaretRange> three = MultiCaretText.addNextOccurrence(text, two);
        assertThat(three).containsExactly(new CaretRange(0, 3), new CaretRange(14, 17), new CaretRange(18, 21));
        assertThat(MultiCaretText.addNextOccurrence(text, three)).isEqualTo(three);
    }

    @Test
    void boxSelectionIsOneSelectionPerLineAndShortLinesAreNotPadded() {
        String text = "abcdef\nab\nabcdef";
        List<CaretRange> box = MultiCaretText.box(text, 0, 1, 2, 4);
        assertThat(box).containsExactly(new CaretRange(1, 4), new CaretRange(8, 9), new CaretRange(11, 14));
        MultiEdit typed = MultiCaretText.type(box, "-");
        assertThat(typed.applyTo(text)).isEqualTo("a-ef\na-\na-ef");
        List<CaretRange> beyond = MultiCaretText.box(text, 0, 4, 2, 4);
        assertThat(beyond).containsExactly(CaretRange.at(4), CaretRange.at(9), CaretRange.at(14));
    }
}
