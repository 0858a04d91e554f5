package org.crosscheck.extract.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crosscheck.model.UnreadableReportException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private final LanguageIdentifier id = new LanguageIdentifier();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Les militants ont attaqué un poste de contrôle dans le district lundi, tuant au moins cinq soldats, selon un communiqué de l'armée. Le groupe a revendiqué l'attaque.
        es | Los militantes atacaron un puesto de control en el distrito el lunes y mataron al menos a cinco soldados, según un comunicado del ejército. El grupo se atribuyó el ataque.
        pt | Os militantes atacaram um posto de controle no distrito na segunda-feira, matando pelo menos cinco soldados, segundo um comunicado do exército. O grupo assumiu o ataque.
        it | I militanti hanno attaccato un posto di blocco nel distretto lunedì, uccidendo almeno cinque soldati, secondo un comunicato dell'esercito. Il gruppo ha rivendicato l'attacco.
        de | Die Kämpfer haben am Montag einen Kontrollpunkt in dem Bezirk angegriffen und mindestens fünf Soldaten getötet, wie die Armee in einer Erklärung mitteilte. Die Gruppe hat sich zu dem Angriff bekannt.
        nl | De strijders hebben maandag een controlepost in het district aangevallen en daarbij ten minste vijf soldaten gedood, volgens een verklaring van het leger. De groep heeft de aanval opgeëist.
        tr | Militanlar pazartesi günü ilçedeki bir kontrol noktasına saldırdı ve ordunun açıklamasına göre en az beş asker öldü. Grup saldırıyı üstlendi ve bu saldırı için bir açıklama yaptı.
        id | Para militan menyerang sebuah pos pemeriksaan di distrik itu pada hari Senin dan menewaskan sedikitnya lima tentara, kata tentara dalam sebuah pernyataan. Kelompok itu mengaku bertanggung jawab atas serangan tersebut.
        pl | Bojownicy zaatakowali w poniedziałek punkt kontrolny w dystrykcie i zabili co najmniej pięciu żołnierzy, jak podała armia w oświadczeniu. Grupa przyznała się do ataku, który był już trzecim w tym tygodniu.
        sv | Militanter attackerade en vägspärr i distriktet på måndagen och dödade minst fem soldater, enligt ett uttalande från armén. Gruppen har tagit på sig attacken och det är inte den första.
        ru | Боевики атаковали блокпост в районе в понедельник, убив по меньшей мере пятерых солдат, говорится в заявлении армии.
        uk | Бойовики атакували блокпост у районі в понеділок, вбивши щонайменше п'ятьох солдатів, йдеться в заяві армії.
        ar | هاجم مسلحون نقطة تفتيش في المنطقة يوم الاثنين مما أسفر عن مقتل خمسة جنود على الأقل، بحسب بيان للجيش.
        fa | شبه‌نظامیان روز دوشنبه به یک ایست بازرسی در این منطقه حمله کردند و دست کم پنج سرباز را کشتند.
        ur | عسکریت پسندوں نے پیر کے روز ضلع میں ایک چوکی پر حملہ کیا جس میں کم از کم پانچ فوجی ہلاک ہو گئے۔
        zh | 武装分子周一袭击了该地区的一个检查站，据军方声明，至少有五名士兵死亡。
        ja | 武装勢力は月曜日、地区の検問所を襲撃し、少なくとも兵士5人を殺害したと軍が声明で発表した。
        he | חמושים תקפו ביום שני מחסום במחוז והרגו לפחות חמישה חיילים, כך נמסר בהודעת הצבא.
        hi | आतंकवादियों ने सोमवार को जिले में एक चौकी पर हमला किया, जिसमें कम से कम पांच सैनिक मारे गए।
        """)
    void detectsOtherLanguages(String code, String text) {
        LanguageIdentifier.Result r = id.identify(text);
        assertFalse(r.english(), r.toString());
        assertEquals(code, r.code(), r.toString());
    }

    @Test
    void englishNewsIsEnglish() {
        String text = "QUETTA: The Baloch Liberation Army (BLA) has claimed a successful operation in Kalat, which it "
                + "says resulted in the temporary control of the city for nine hours, during which at least 25 "
                + "Pakistani military personnel were killed. The group also rejected claims made by the ISPR.";
        LanguageIdentifier.Result r = id.identify(text);
        assertTrue(r.english(), r.toString());
        assertEquals("en", r.code());
    }

    @Test
    void englishWithForeignNamesAndQuotesStaysEnglish() {
        String text = "The Forces Armées Nationales said that the convoy of the Mouvement pour le salut de l'Azawad "
                + "was attacked near Ménaka. \"Nous ne reculerons pas,\" a commander told reporters in Gao on "
                + "Tuesday, according to a statement that was read on state television. At least 12 people were "
                + "killed and several others wounded in the attack, the regional governor said.";
        assertTrue(id.identify(text).english(), id.identify(text).toString());
    }

    @Test
    void englishWithArabicNamesInLatinScriptStaysEnglish() {
        String text = "Fighters of Hay'at Tahrir al-Sham attacked positions held by the government in al-Bab and "
                + "Jisr al-Shughur, and the Syrian Observatory for Human Rights said 14 were killed in the clashes "
                + "that lasted into the night.";
        assertTrue(id.identify(text).english());
    }

    @Test
    void englishWithAFewNonLatinWordsStaysEnglish() {
        String text = "The group, known in Arabic as الدولة الإسلامية, claimed the attack in a statement posted on "
                + "its channels, saying that its fighters had killed at least ten soldiers at the base.";
        assertTrue(id.identify(text).english(), id.identify(text).toString());
    }

    @Test
    void shortOrLetterlessTextIsGivenTheBenefitOfTheDoubt() {
        assertTrue(id.identify("Le monde.").english());
        assertTrue(id.identify("12 34 56 -- 2025").english());
    }

    @Test
    void requireEnglishThrowsOneLineMessage() {
        String msg = assertThrows(UnreadableReportException.class, () -> id.requireEnglish(
                "Боевики атаковали блокпост в районе в понедельник, убив по меньшей мере пятерых солдат.")).getMessage();
        assertTrue(msg.startsWith("not English (detected: ru; "), msg);
        assertFalse(msg.contains("\n"));
    }
}
