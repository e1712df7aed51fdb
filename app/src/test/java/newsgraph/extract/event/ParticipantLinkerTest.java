package newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import newsgraph.extract.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

class ParticipantLinkerTest {
    private static final ParticipantLinker LINKER = new ParticipantLinker(Lexicons.load());

    @Test
    void linker_witnessingASigningIsNotSigning() {
        assertEquals(Set.of("attended", "witnessed"), LINKER.roles("出席并见证签约"));
        assertEquals(Set.of("witnessed"), LINKER.roles("共同见证了青禾农业公司与白鹭物流公司合作协议签约"));
        assertEquals(Set.of("signed"), LINKER.roles("代表双方签署协议"));
    }

    @Test
    void linker_unveilingAPlaqueIsAttending() {
        assertEquals(Set.of("attended"), LINKER.roles("共同为青禾数字农业服务中心揭牌"));
    }

    @Test
    void linker_organizersOfACeremonyLeaveTheSubjectOut() {
        assertEquals("青禾县人民政府", LINKER.organizers("仪式由青禾县人民政府主办，县农业农村局承办。").get(0)[0]);
    }
}
