package vn.baocao.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.baocao.reference.Reference;

/** Issue 8, item 8: hand-entered numbers outside their range are quarantined with line and column. */
class RecordsCsvRangeTest {
  @Test
  void outOfRangeValuesAreQuarantinedWhereTheyStand() {
    String csv = String.join("\n",
        "province_code,indicator,measure,value,unit,denominator,period_type,period_end",
        "84,budget_revenue,level,1e308,vnd_billion,,ytd,2024-05-31",
        "84,ntm_communes,level,-5,count,,as_of,2024-05-31",
        "84,ntm_communes,level,500,count,100,as_of,2024-05-31",
        "84,ntm_communes,level,5,count,0,as_of,2024-05-31",
        "84,ntm_communes,level,2.5,count,,as_of,2024-05-31",
        "84,ntm_communes,level,80,count,100,as_of,2024-05-31",
        "84,disbursement,pct_of_plan,1e308,percent,,ytd,2024-05-31",
        "");
    RecordsCsv.Parsed p = RecordsCsv.parse("typed.csv", csv.getBytes(StandardCharsets.UTF_8), Reference.defaults());
    List<String> where = new ArrayList<>();
    for (Row q : p.quarantine()) {
      assertThat(q.getString(3)).as("reason of %s", q).isEqualTo("out_of_range");
      where.add(q.get(1) + ":" + q.get(2));
    }
    assertThat(where).as("line:column of each refused number (value is column 4, denominator 6)")
        .containsExactly("2:4", "3:4", "4:6", "5:6", "6:4", "8:4");
    assertThat(p.quarantine().get(2).getString(4)).as("500 of 100").contains("500 of 100");
    assertThat(p.records()).as("the plausible row is kept").hasSize(1);
  }
}
