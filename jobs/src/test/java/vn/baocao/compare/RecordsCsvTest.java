package vn.baocao.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.baocao.io.Schemas;
import vn.baocao.reference.Reference;

/** Hand-entered records CSV: bad rows are quarantined with file, line and column (Spark-free). */
class RecordsCsvTest {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = RecordsCsvTest.class.getResourceAsStream("/compare/" + name)) {
      assertThat(in).as("test resource /compare/%s", name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static String where(Row q) {
    return q.get(1) + ":" + q.get(2);
  }

  @Test
  void badRowsAreQuarantinedWithFileLineAndColumnAndGoodRowsStillCount() throws IOException {
    RecordsCsv.Parsed p = RecordsCsv.parse("records_bad.csv", resource("records_bad.csv"), Reference.defaults());

    List<String> where = new ArrayList<>();
    for (Row q : p.quarantine()) {
      assertThat(q.getString(0)).as("quarantine row %s names the file", q).isEqualTo("records_bad.csv");
      assertThat(q.getString(3)).as("quarantine row %s reason", q).isEqualTo("bad_record");
      where.add(where(q));
    }
    // line:column, 1-based; line 7 is blank and lines 8-9 hold one good row with a quoted line break
    assertThat(where).as("quarantined line:column pairs").containsExactly(
        "3:4", "4:6", "5:3", "6:1", "10:5", "11:6");
    assertThat(p.quarantine().get(0).getString(4)).as("detail of line 3").contains("budget_revnue");
    assertThat(p.quarantine().get(1).getString(4)).as("detail of line 4").contains("value").contains("'.'");
    assertThat(p.quarantine().get(2).getString(4)).as("detail of line 5").contains("period_end").contains("yyyy-MM-dd");
    assertThat(p.quarantine().get(3).getString(4)).as("detail of line 6").contains("99");

    assertThat(p.records()).as("good rows still count").hasSize(2);
    Row first = p.records().get(0);
    assertThat(first.getString(Schemas.RECORDS.fieldIndex("province_name"))).as("province filled from the code").isEqualTo("Hà Nội");
    assertThat(first.getString(Schemas.RECORDS.fieldIndex("category"))).as("category from the catalogue").isEqualTo("budget");
    assertThat(first.get(Schemas.RECORDS.fieldIndex("period_start")).toString()).as("ytd starts on 1 January").isEqualTo("2024-01-01");
    assertThat(first.getString(Schemas.RECORDS.fieldIndex("doc_id"))).as("doc_id of a hand-entered row").isEqualTo("manual:records_bad.csv:2");
    Row second = p.records().get(1);
    assertThat(second.getInt(Schemas.RECORDS.fieldIndex("record_no"))).as("record_no is the line the row starts on").isEqualTo(8);
    assertThat(second.getString(Schemas.RECORDS.fieldIndex("evidence"))).as("quoted line break kept").contains("\n");
  }

  @Test
  void headerWithoutIndicatorIsOneQuarantineRow() {
    byte[] csv = "province_code,value\n01,5\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    RecordsCsv.Parsed p = RecordsCsv.parse("h.csv", csv, Reference.defaults());
    assertThat(p.records()).as("no rows without the indicator and measure columns").isEmpty();
    assertThat(p.quarantine()).as("one quarantine row for the header").hasSize(1);
    assertThat(p.quarantine().get(0).getInt(1)).as("the header is line 1").isEqualTo(1);
    assertThat(p.quarantine().get(0).getString(4)).as("detail names the missing columns").contains("indicator").contains("measure");
  }

  @Test
  void notUtf8IsUndecodable() {
    byte[] csv = {'i', 'n', 'd', 'i', 'c', 'a', 't', 'o', 'r', '\n', (byte) 0xff, (byte) 0xfe, '\n'};
    RecordsCsv.Parsed p = RecordsCsv.parse("latin.csv", csv, Reference.defaults());
    assertThat(p.quarantine()).as("quarantine of a non-UTF-8 file").hasSize(1);
    assertThat(p.quarantine().get(0).getString(3)).as("reason").isEqualTo("undecodable");
  }

  @Test
  void illustrativeFixtureIsClean() throws IOException {
    RecordsCsv.Parsed p = RecordsCsv.parse("records_illustrative.csv", resource("records_illustrative.csv"), Reference.defaults());
    assertThat(p.quarantine()).as("quarantine of the illustrative fixture").isEmpty();
    assertThat(p.records()).as("records of the illustrative fixture").hasSize(87);
    long provinces = p.records().stream().map(r -> r.getString(Schemas.RECORDS.fieldIndex("province_code"))).distinct().count();
    assertThat(provinces).as("provinces in the fixture").isGreaterThanOrEqualTo(12);
  }
}
