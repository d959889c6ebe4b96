package nl.eenplan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The benchmark's CPU accounting reads /proc/<pid>/stat lines (proc(5)). */
class CpuTest {

    @Test
    void eenRegelMetSpatiesEnHaakjesInDeNaam() {
        // A name with spaces and parentheses: the fields are counted from the last ')'.
        String regel = "4321 (postgres: bench (x) idle) S 1234 4321 4321 0 -1 4194560 2090 0 0 0 517 83 12 7 20 0 1 0 "
                + "59021 224395264 2876 18446744073709551615 1 1 0 0 0 0 0 4096 16384 0 0 0 17 1 0 0 0 0 0";
        ProcStat stat = ProcStat.lees(regel);
        assertThat(stat.pid()).isEqualTo(4321);
        assertThat(stat.naam()).isEqualTo("postgres: bench (x) idle");
        assertThat(stat.ouder()).isEqualTo(1234);
        assertThat(stat.utime()).isEqualTo(517);
        assertThat(stat.stime()).isEqualTo(83);
        assertThat(stat.cutime()).isEqualTo(12);
        assertThat(stat.cstime()).isEqualTo(7);
        assertThat(stat.eigen()).isEqualTo(600);
        assertThat(stat.metKinderen()).isEqualTo(619);
    }

    @Test
    void eenRegelZonderNaamIsGeenStat() {
        assertThatThrownBy(() -> ProcStat.lees("4321 S 1 2 3")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deEigenProcesregelIsTeLezenAlsErProcIs() {
        if (Cpu.PROC) {
            ProcStat zelf = Cpu.stat(ProcessHandle.current().pid());
            assertThat(zelf.pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(zelf.ouder()).isEqualTo(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        }
    }
}
