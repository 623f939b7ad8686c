package io.kumo.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void plainFieldsAreWrittenAsTheyAre() {
        assertThat(CsvWriter.line(List.of("a", "b c", "∅ → x"))).isEqualTo("a,b c,∅ → x\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void nullAndEmptyAreEmptyFields() {
        assertThat(CsvWriter.line(Arrays.asList(null, "", "x"))).isEqualTo(",,x\r\n");
    }

    @Test
    void rowsEndWithCrLf() {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(List.of("h1", "h2")).row(List.of("1", "x,y"));
        assertThat(out).hasToString("h1,h2\r\n1,\"x,y\"\r\n");
    }
}
