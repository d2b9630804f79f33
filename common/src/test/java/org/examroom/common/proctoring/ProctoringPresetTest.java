package org.examroom.common.proctoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.examroom.common.exam.Accommodations;
import org.junit.jupiter.api.Test;

class ProctoringPresetTest {

    @Test
    void presetsAreFoundByTheirNamesInAnyCase() {
        assertThat(ProctoringPreset.names()).containsExactly("in-room", "remote", "accommodated");
        assertThat(ProctoringPreset.named("remote")).isEqualTo(ProctoringPreset.REMOTE);
        assertThat(ProctoringPreset.named(" In-Room ")).isEqualTo(ProctoringPreset.IN_ROOM);
    }

    @Test
    void anUnknownNameIsRefusedWithThePresetsListed() {
        assertThatThrownBy(() -> ProctoringPreset.named("strict"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'strict' is not a proctoring preset; the presets are in-room, remote, accommodated");
        assertThat(ProctoringPreset.find("strict")).isEmpty();
        assertThat(ProctoringPreset.find("ACCOMMODATED")).contains(ProctoringPreset.ACCOMMODATED);
    }

    @Test
    void anApplicantGrantedAnAccommodationIsMonitoredAsAccommodatedWhateverTheExamSays() {
        Accommodations extraTime = new Accommodations(Duration.ofMinutes(90), false, false, false);
        Accommodations assistant = new Accommodations(Duration.ZERO, false, false, true);
        assertThat(ProctoringPreset.REMOTE.forApplicant(extraTime)).isEqualTo(ProctoringPreset.ACCOMMODATED);
        assertThat(ProctoringPreset.IN_ROOM.forApplicant(assistant)).isEqualTo(ProctoringPreset.ACCOMMODATED);
        assertThat(ProctoringPreset.REMOTE.forApplicant(Accommodations.NONE)).isEqualTo(ProctoringPreset.REMOTE);
    }
}
