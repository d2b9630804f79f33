package org.examroom.common.grading;

import java.util.Locale;

/**
 * Scores 0–100 written out in words, as registers require grades "in digits and in words"
 * (SPbGUPTD 4.23; SFU 3.15): 87 → «восемьдесят семь», "eighty-seven".
 */
public final class ScoreWords {

    private static final String[] RU_UNITS = {"ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь",
        "восемь", "девять", "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
        "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"};
    private static final String[] RU_TENS = {"", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят",
        "семьдесят", "восемьдесят", "девяносто"};
    private static final String[] EN_UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"};

    private ScoreWords() {
    }

    /** The score in Russian words. */
    public static String russian(int score) {
        check(score);
        if (score == 100) {
            return "сто";
        }
        if (score < 20) {
            return RU_UNITS[score];
        }
        return RU_TENS[score / 10] + (score % 10 == 0 ? "" : " " + RU_UNITS[score % 10]);
    }

    /** The score in English words. */
    public static String english(int score) {
        check(score);
        if (score == 100) {
            return "one hundred";
        }
        if (score < 20) {
            return EN_UNITS[score];
        }
        return EN_TENS[score / 10] + (score % 10 == 0 ? "" : "-" + EN_UNITS[score % 10]);
    }

    /** The score in words in the language (Russian unless English). */
    public static String in(Locale locale, int score) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english(score) : russian(score);
    }

    private static void check(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("scores in words run from 0 to 100, got " + score);
        }
    }
}
