package org.mmapbench.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code utf8-mixed} kind: prose whose words are 60% English (at natural frequencies, so " the "
 * still occurs) and 40% real words in accented Latin scripts (2-byte UTF-8 letters), Cyrillic (2-byte),
 * Chinese, Japanese and Korean (3-byte) and a few 4-byte characters (emoji, rare CJK).
 *
 * <p>Every word is written whole, so the output is always valid UTF-8, block ends included.
 */
final class MixedScriptProse extends ProseFiller {
    private static final long SALT = 0x757466386d6978L; // "utf8mix"

    static final List<String> LATIN = List.of(
            "café", "naïve", "résumé", "façade", "déjà", "élève", "garçon", "forêt", "crème", "brûlée",
            "über", "Straße", "Müller", "schön", "Mädchen", "größer", "Zürich", "Köln", "señor", "niño",
            "mañana", "año", "corazón", "canción", "jalapeño", "piñata", "ação", "coração", "não", "irmã",
            "São", "Łódź", "żółw", "źródło", "Kraków", "příliš", "žluťoučký", "kůň", "český", "smörgåsbord",
            "fjörður", "Ærø", "Ålesund", "İstanbul", "çiçek", "ğüzel", "Dvořák", "Škoda", "Ωmega", "café-crème");
    static final List<String> CYRILLIC = List.of(
            "привет", "мир", "война", "книга", "человек", "время", "жизнь", "дело", "рука", "слово",
            "место", "лицо", "друг", "глаз", "вопрос", "дом", "сторона", "страна", "мысль", "день",
            "ночь", "дорога", "земля", "голова", "душа", "Москва", "Россия", "правда", "любовь", "история",
            "Київ", "їжак", "ґанок", "Београд", "љубав");
    static final List<String> CJK = List.of(
            "日本", "中文", "東京", "漢字", "北京", "上海", "学生", "先生", "電話", "時間",
            "世界", "天気", "今日", "明日", "友達", "山", "川", "水", "火", "人",
            "大学", "図書館", "ひらがな", "カタカナ", "こんにちは", "ありがとう", "한국어", "서울", "사랑", "감사합니다");
    static final List<String> ASTRAL = List.of(
            "😀", "🚀", "🎉", "👍", "🌍", "🐍", "𝄞", "𠜎", "𩸽", "🍣");

    private final EnglishWords english;
    private final int latinBase;
    private final int cyrillicBase;
    private final int cjkBase;
    private final int astralBase;

    MixedScriptProse(long seed) {
        this(seed, EnglishWords.get());
    }

    private MixedScriptProse(long seed, EnglishWords english) {
        super(seed, SALT, pool(english), 3, 22);
        this.english = english;
        this.latinBase = english.size();
        this.cyrillicBase = latinBase + LATIN.size();
        this.cjkBase = cyrillicBase + CYRILLIC.size();
        this.astralBase = cjkBase + CJK.size();
    }

    /** The English words, then the words of the other scripts, one word per slot. */
    private static UnitPool pool(EnglishWords english) {
        List<String> all = new ArrayList<>(english.words);
        all.addAll(LATIN);
        all.addAll(CYRILLIC);
        all.addAll(CJK);
        all.addAll(ASTRAL);
        return new UnitPool(all);
    }

    @Override
    int pick(long random, SplitMix64 rnd) {
        long q = rnd.nextLong();
        int bucket = (int) (q >>> 57); // 0..127, independent of the low 32 bits used below
        if (bucket < 77) {
            return english.sample(random);
        }
        long low = q & 0xffffffffL;
        if (bucket < 96) {
            return latinBase + (int) ((low * LATIN.size()) >>> 32);
        }
        if (bucket < 111) {
            return cyrillicBase + (int) ((low * CYRILLIC.size()) >>> 32);
        }
        if (bucket < 125) {
            return cjkBase + (int) ((low * CJK.size()) >>> 32);
        }
        return astralBase + (int) ((low * ASTRAL.size()) >>> 32);
    }
}
