package newsreader.config;

import static newsreader.config.InterfaceLanguage.ENGLISH;
import static newsreader.config.InterfaceLanguage.SIMPLIFIED_CHINESE;
import static newsreader.config.InterfaceLanguage.TRADITIONAL_CHINESE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InterfaceLanguageTest {
    @Test
    void localesNameTheirLanguageByRegionOrScript() {
        assertThat(InterfaceLanguage.of("zh_CN.UTF-8")).isEqualTo(SIMPLIFIED_CHINESE);
        assertThat(InterfaceLanguage.of("zh_SG.GB18030")).isEqualTo(SIMPLIFIED_CHINESE);
        assertThat(InterfaceLanguage.of("zh_TW.UTF-8")).isEqualTo(TRADITIONAL_CHINESE);
        assertThat(InterfaceLanguage.of("zh_HK.Big5-HKSCS")).isEqualTo(TRADITIONAL_CHINESE);
        assertThat(InterfaceLanguage.of("zh_MO")).isEqualTo(TRADITIONAL_CHINESE);
        assertThat(InterfaceLanguage.of("zh-Hant-HK")).isEqualTo(TRADITIONAL_CHINESE);
        assertThat(InterfaceLanguage.of("zh-Hans-TW")).as("a named script wins").isEqualTo(SIMPLIFIED_CHINESE);
        assertThat(InterfaceLanguage.of("zh")).isEqualTo(SIMPLIFIED_CHINESE);
        assertThat(InterfaceLanguage.of("en_US.UTF-8")).isEqualTo(ENGLISH);
        assertThat(InterfaceLanguage.of("ja_JP.UTF-8")).isEqualTo(ENGLISH);
        assertThat(InterfaceLanguage.of("C.UTF-8")).isEqualTo(ENGLISH);
        assertThat(InterfaceLanguage.of("POSIX")).isEqualTo(ENGLISH);
        assertThat(InterfaceLanguage.of("zh_TW@euro")).isEqualTo(TRADITIONAL_CHINESE);
    }

    @Test
    void theEnvironmentIsReadInPosixOrderSkippingEmptyValues() {
        assertThat(InterfaceLanguage.ofEnvironment(Map.of("LC_ALL", "zh_TW.UTF-8", "LC_MESSAGES", "zh_CN.UTF-8",
                "LANG", "en_US.UTF-8"))).isEqualTo(TRADITIONAL_CHINESE);
        assertThat(InterfaceLanguage.ofEnvironment(Map.of("LC_ALL", "", "LC_MESSAGES", "zh_CN.UTF-8",
                "LANG", "zh_TW.UTF-8"))).isEqualTo(SIMPLIFIED_CHINESE);
        assertThat(InterfaceLanguage.ofEnvironment(Map.of("LANG", "zh_HK.UTF-8"))).isEqualTo(TRADITIONAL_CHINESE);
        assertThat(InterfaceLanguage.ofEnvironment(Map.of())).isEqualTo(ENGLISH);
    }

    @Test
    void theOptionWinsOverTheSettingWhichWinsOverTheEnvironment() {
        Map<String, String> taiwan = Map.of("LANG", "zh_TW.UTF-8");
        assertThat(InterfaceLanguage.choose("en", "zh-Hans", taiwan)).isEqualTo(ENGLISH);
        assertThat(InterfaceLanguage.choose(null, "zh-Hans", taiwan)).isEqualTo(SIMPLIFIED_CHINESE);
        assertThat(InterfaceLanguage.choose(null, "auto", taiwan)).isEqualTo(TRADITIONAL_CHINESE);
        assertThat(InterfaceLanguage.choose("auto", null, taiwan)).isEqualTo(TRADITIONAL_CHINESE);
        assertThat(InterfaceLanguage.choose(null, null, Map.of("LANG", "C"))).isEqualTo(ENGLISH);
        assertThat(TRADITIONAL_CHINESE.tag()).isEqualTo("zh-Hant");
    }

    @Test
    void theUsersLcAllCountsWhereTheLauncherReplacedIt() {
        assertThat(InterfaceLanguage.ofEnvironment(Map.of("LC_ALL", "C.UTF-8", InterfaceLanguage.USER_LC_ALL, "",
                "LANG", "zh_TW.UTF-8"))).as("the user had no LC_ALL").isEqualTo(TRADITIONAL_CHINESE);
        assertThat(InterfaceLanguage.ofEnvironment(Map.of("LC_ALL", "C.UTF-8", InterfaceLanguage.USER_LC_ALL,
                "zh_CN.GB18030", "LANG", "en_US"))).isEqualTo(SIMPLIFIED_CHINESE);
    }

    @Test
    void theConfigNamesEnglishOrChinese() {
        assertThat(InterfaceLanguage.names("zh-Hant")).isTrue();
        assertThat(InterfaceLanguage.names("zh_TW.UTF-8")).isTrue();
        assertThat(InterfaceLanguage.names("en")).isTrue();
        assertThat(InterfaceLanguage.names("fr")).isFalse();
        assertThat(InterfaceLanguage.names("chinese")).isFalse();
    }
}
