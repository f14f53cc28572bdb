package org.transcriptbot.index.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The attribution grammar: what is set aside, what stays part of the claim, and whom a quote names.
 */
class ClaimReaderTest {
    private final ClaimReader reader =
            new ClaimReader(Set.of("王毅", "路透社", "MR. HOLLOWAY", "记者", "QUESTION"));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "王毅说：“解决复杂问题需要的是冷静和理性”|王毅说：|解决复杂问题需要的是冷静和理性|王毅",
                "王毅表示，中国和欧盟贸易额首次突破9000亿美元|王毅表示，|中国和欧盟贸易额首次突破9000亿美元|王毅",
                "外长称“一带一路”大家庭成员已达到200个|外长称|“一带一路”大家庭成员已达到200个|-",
                "他强调中方愿继续为劝和促谈发挥建设性作用|他强调|中方愿继续为劝和促谈发挥建设性作用|-",
                "据报道，中方愿继续为劝和促谈发挥建设性作用|据报道，|中方愿继续为劝和促谈发挥建设性作用|-",
                "李明在记者会上指出：中方愿继续为劝和促谈发挥建设性作用|李明在记者会上指出：|中方愿继续为劝和促谈发挥建设性作用|李明",
                "习近平主席说：“在全球性危机的惊涛骇浪里”|习近平主席说：|在全球性危机的惊涛骇浪里|习近平",
                "王外长表示，中欧关系不针对第三方|王外长表示，|中欧关系不针对第三方|王",
                "有记者问：“您是否担心中美关系会持续恶化？”|有记者问：|您是否担心中美关系会持续恶化？|-",
                "王毅：各位记者朋友，大家下午好！|王毅：|各位记者朋友，大家下午好！|王毅",
                "“解决复杂问题需要的是冷静和理性”，王毅说。|，王毅说。|解决复杂问题需要的是冷静和理性|王毅",
                "Wang Yi said: We don't seek a trade war|Wang Yi said:|We don't seek a trade war|Wang Yi",
                "Mr. Smith said that we don't seek a trade war|Mr. Smith said that|we don't seek a trade war|Smith",
                "The spokesperson told reporters: \"We don't seek a trade war.\"|The spokesperson told reporters:|We don't seek a trade war.|-",
                "According to Mr. Holloway, \"we don't seek a trade war\"|According to Mr. Holloway,|we don't seek a trade war|MR. HOLLOWAY",
                "\"We don't seek a trade war,\" Holloway said.|Holloway said.|We don't seek a trade war,|Holloway",
                "MR. HOLLOWAY: Good afternoon, everybody.|MR. HOLLOWAY:|Good afternoon, everybody.|MR. HOLLOWAY",
                "A reporter asked: \"Is a rescue team being sent?\"|A reporter asked:|Is a rescue team being sent?|-",
                // a title ending in 人 is a speaker, not 有人说
                "外交部发言人说，中方将派团出席大会。|外交部发言人说，|中方将派团出席大会。|-",
                // a contraction is no subject: "I'm told" stays in the claim
                "Abernathy said: “I'm told it's practically mandatory.”|Abernathy said:|I'm told it's practically mandatory.|Abernathy",
                "MR. HOLLOWAY: I'm told the port will stay open.|MR. HOLLOWAY:|I'm told the port will stay open.|MR. HOLLOWAY",
                "Mr. O'Brien said: the port will stay open.|Mr. O'Brien said:|the port will stay open.|O'Brien",
                // the speaker after the verb; the attribution between two quoted halves
                "\"Then the bill arrives later and bigger,\" said Ruth Adeyemi.|said Ruth Adeyemi.|Then the bill arrives later and bigger,|Ruth Adeyemi",
                "“中方的立场是一贯的。”王毅说，“我们敦促日方负责任地处置。”|王毅说，|中方的立场是一贯的。我们敦促日方负责任地处置。|王毅",
                // Traditional characters, corner marks; a verb of saying after another
                "外交部發言人表示：「紅海是國際重要的貿易通道。」|外交部發言人表示：|紅海是國際重要的貿易通道。|-",
                "王毅回应称：“基本医保的保障范围不会降低。”|王毅回应称：|基本医保的保障范围不会降低。|王毅",
                "民政部副部长陈晓东介绍，全国已建成老年助餐点13.6万个。|民政部副部长陈晓东介绍，|全国已建成老年助餐点13.6万个。|陈晓东",
            })
    void setsAsideSpeakerAndReportingPhrases(
            String quote, String setAside, String claim, String named) {
        ClaimReader.Claim c = reader.read(quote);
        assertThat(c.setAside()).isEqualTo(setAside.strip());
        assertThat(c.text()).isEqualTo(claim);
        assertThat(c.named()).isEqualTo(named);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "用相互尊重、和平共处、互利共赢的“三原则”替代竞争、合作、对抗的“三分法”",
                "日本的“印太战略”正在成为集团政治的代名词",
                "所谓“印太战略”的真正目的是企图搞印太版的“北约”",
                "建起“小院高墙”，共建开放市场",
                "中欧班列被称为“钢铁驼队”",
                "中欧班列号称“钢铁驼队”",
                "他说明了“一带一路”的意义",
                "第二是促进团结。世界因多样而精彩",
                "The cranes will be electric. They will not be automated.",
                "I'm told it's practically mandatory in Finland.",
                "It's said the port will stay open.",
            })
    void wordsThatArePartOfTheSentenceStayInTheClaim(String quote) {
        ClaimReader.Claim c = reader.read(quote);
        assertThat(c.setAside()).isNull();
        assertThat(c.text()).isEqualTo(quote);
    }

    @ParameterizedTest
    @ValueSource(strings = {"王毅说：好的", "Holloway said: yes"})
    void anAttributionIsKeptWhenTooLittleWouldBeLeft(String quote) {
        assertThat(reader.read(quote).text()).isEqualTo(quote);
    }
}
