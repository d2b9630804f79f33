package org.examroom.central.views;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultsExportTest {

    private final ResultRow graded = new ResultRow("north-101", "MATH-1:P-1", "MATH-1", "Математика", 1, "P-1", "Иванов",
            "Пётр", "Сергеевич", "SUBMITTED", Attendance.SAT, Optional.of(39), 39, 100);
    private final ResultRow removed = new ResultRow("south-7", "MATH-2:P-2", "MATH-2", "Математика", 2, "P-2", "Ким, \"мл.\"",
            "Виктор", "", "REMOVED", Attendance.REMOVED, Optional.empty(), 39, 100);

    @Test
    void csvHasTheDocumentedColumnsAndQuotesWhatNeedsIt() {
        List<String> lines = ResultsExport.csv(List.of(graded, removed)).lines().toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(String.join(",", ResultsExport.COLUMNS));
        assertThat(lines.get(1)).isEqualTo("north-101,MATH-1:P-1,MATH-1,Математика,1,P-1,Иванов,Пётр,Сергеевич,SUBMITTED,SAT,39,39,100,true");
        assertThat(lines.get(2)).isEqualTo("south-7,MATH-2:P-2,MATH-2,Математика,2,P-2,\"Ким, \"\"мл.\"\"\",Виктор,,REMOVED,REMOVED,,39,100,");
    }

    @Test
    void jsonHasTheSameNamesAndNullsForWhatIsNotGradedYet() {
        List<JsonObject> rows = ResultsExport.json(List.of(graded, removed)).getValuesAs(JsonObject.class);

        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(ResultsExport.COLUMNS);
        assertThat(rows.get(0).getBoolean("passed")).isTrue();
        assertThat(rows.get(1).get("score")).isEqualTo(JsonValue.NULL);
        assertThat(rows.get(1).get("passed")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void aScoreBelowThePassMarkFails() {
        ResultRow below = new ResultRow("s", "a", "e", "x", 1, "p", "s", "g", "", "SUBMITTED", Attendance.SAT, Optional.of(38), 39, 100);
        assertThat(below.passed()).contains(false);
    }

    @Test
    void attendanceFollowsTheRoomsAttemptStates() {
        assertThat(Attendance.of("REGISTERED")).isEqualTo(Attendance.EXPECTED);
        assertThat(Attendance.of("ABSENT")).isEqualTo(Attendance.ABSENT);
        assertThat(Attendance.of("REMOVED")).isEqualTo(Attendance.REMOVED);
        assertThat(Attendance.of("TECHNICAL_FAILURE")).isEqualTo(Attendance.RESERVE_DAY);
        assertThat(Attendance.of("IN_PROGRESS")).isEqualTo(Attendance.SAT);
        assertThat(Attendance.of("SUBMITTED")).isEqualTo(Attendance.SAT);
    }
}
