//! Readability of patient text, per language: Flesch–Kincaid grade for English (grade 8 or
//! lower) and Szigriszt-Pazos perspicuity, the INFLESZ scale, for Spanish (65 or more: "fairly
//! easy"). Used by the content tests; syllables are counted with each language's usual rules,
//! as readability tools do.

/// Words, syllables (by `syllables`) and sentences in `texts`.
fn counts(texts: &[String], syllables: fn(&str) -> usize) -> (f64, f64, f64) {
    let (mut words, mut syllable_total, mut sentence_count) = (0usize, 0usize, 0usize);
    for text in texts {
        let mut in_sentence = false;
        for word in text.split_whitespace() {
            let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
            if !letters.is_empty() {
                words += 1;
                syllable_total += syllables(&letters);
                in_sentence = true;
            }
            if in_sentence
                && word
                    .trim_end_matches(['"', '\'', ')', '”', '’'])
                    .ends_with(['.', '!', '?', ':'])
            {
                sentence_count += 1;
                in_sentence = false;
            }
        }
        // A paragraph, list item or heading ends a sentence even without a full stop.
        if in_sentence {
            sentence_count += 1;
        }
    }
    (
        words as f64,
        syllable_total as f64,
        sentence_count.max(1) as f64,
    )
}

/// FK grade = 0.39 × words/sentence + 11.8 × syllables/word − 15.59.
pub fn flesch_kincaid_grade(sentences: &[String]) -> f64 {
    let (words, syllables, sentences) = counts(sentences, syllable_count);
    if words == 0.0 {
        return 0.0;
    }
    0.39 * words / sentences + 11.8 * syllables / words - 15.59
}

/// Szigriszt-Pazos perspicuity = 206.835 − 62.3 × syllables/word − words/sentence. On the
/// INFLESZ scale: under 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy,
/// over 80 very easy.
pub fn szigriszt_pazos(sentences: &[String]) -> f64 {
    let (words, syllables, sentences) = counts(sentences, spanish_syllable_count);
    if words == 0.0 {
        return 100.0;
    }
    206.835 - 62.3 * syllables / words - words / sentences
}

/// Spanish syllables: one per vowel nucleus. Vowels side by side share one (a diphthong, as in
/// "ciu-dad", "fi-bro-mial-gia") unless both are strong (a, e, o) or one is an accented í or ú
/// (a hiatus: "po-e-ta", "dí-a"). The u of "que", "qui", "gue", "gui" is silent; a y is a vowel
/// only at the end of a word ("muy", "hoy", "y").
pub fn spanish_syllable_count(word: &str) -> usize {
    let chars: Vec<char> = word.to_lowercase().chars().collect();
    let strong = |c: char| "aeoáéíóú".contains(c);
    let vowel_at = |i: usize| {
        let c = chars[i];
        let silent_u = c == 'u'
            && i > 0
            && "qg".contains(chars[i - 1])
            && chars.get(i + 1).is_some_and(|&next| "eiéí".contains(next));
        (strong(c) || "iuü".contains(c) || (c == 'y' && i + 1 == chars.len())) && !silent_u
    };
    let mut count = 0;
    for i in 0..chars.len() {
        if !vowel_at(i) {
            continue;
        }
        let joins_previous =
            i > 0 && vowel_at(i - 1) && !(strong(chars[i]) && strong(chars[i - 1]));
        if !joins_previous {
            count += 1;
        }
    }
    count.max(1)
}

/// Vowel groups, plus one for an "ia" hiatus (fibromyalg-i-a, insomn-i-a; not soc-ia-l), less a
/// silent final "e" (but not "-le"), at least one.
pub fn syllable_count(word: &str) -> usize {
    let word = word.to_lowercase();
    let is_vowel = |c: char| "aeiouy".contains(c);
    let chars: Vec<char> = word.chars().collect();
    let mut count = 0;
    let mut previous_vowel = false;
    for &c in &chars {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    let n = chars.len();
    for i in 1..n.saturating_sub(1) {
        if chars[i] == 'i' && chars[i + 1] == 'a' && !"cts".contains(chars[i - 1]) {
            count += 1;
        }
    }
    if n > 2 {
        let final_silent_e = chars[n - 1] == 'e' && !is_vowel(chars[n - 2]);
        let consonant_le = chars[n - 2] == 'l' && !is_vowel(chars[n - 3]); // "ta-ble" keeps its "le"
        if final_silent_e && !consonant_le {
            count -= 1;
        }
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_syllables_like_readability_tools() {
        for (word, expected) in [
            ("pain", 1),
            ("the", 1),
            ("table", 2),
            ("tired", 2),
            ("body", 2),
            ("muscle", 2),
            ("fibromyalgia", 5),
            ("serotonin", 4),
            ("make", 1),
            ("a", 1),
            ("sleep", 1),
        ] {
            assert_eq!(syllable_count(word), expected, "{word}");
        }
    }

    #[test]
    fn grade_matches_the_formula() {
        // 2 sentences (the second ends without a full stop), 11 words, 12 syllables:
        // 0.39 × 11/2 + 11.8 × 12/11 − 15.59 = −0.5723
        let text = [
            "The cat sat on the mat.".to_string(),
            "It was a happy cat".to_string(),
        ];
        let grade = flesch_kincaid_grade(&text);
        assert!((grade + 0.5723).abs() < 0.001, "{grade}");
        let hard = ["Pharmacological interventions demonstrate heterogeneous efficacy across populations characterized by comorbidities.".to_string()];
        assert!(flesch_kincaid_grade(&hard) > 20.0);
    }

    #[test]
    fn counts_spanish_syllables_with_diphthongs_and_hiatus() {
        for (word, expected) in [
            ("fibromialgia", 4),
            ("ciudad", 2),
            ("día", 2),
            ("río", 2),
            ("poeta", 3),
            ("aire", 2),
            ("cansancio", 3),
            ("después", 2),
            ("que", 1),
            ("guerra", 2),
            ("pingüino", 3),
            ("muy", 1),
            ("hoy", 1),
            ("y", 1),
            ("buey", 1),
            ("Dolor", 2),
        ] {
            assert_eq!(spanish_syllable_count(word), expected, "{word}");
        }
    }

    #[test]
    fn perspicuity_matches_the_formula() {
        // 2 sentences, 9 words, 14 syllables ("El do-lor es re-al." "No es-tá en su ca-be-za."):
        // 206.835 − 62.3 × 14/9 − 9/2.
        let text = [
            "El dolor es real.".to_string(),
            "No está en su cabeza.".to_string(),
        ];
        let expected = 206.835 - 62.3 * 14.0 / 9.0 - 9.0 / 2.0;
        let score = szigriszt_pazos(&text);
        assert!((score - expected).abs() < 0.001, "{score} vs {expected}");
        let hard = ["La farmacoterapia multimodal evidencia heterogeneidad significativa en poblaciones caracterizadas por comorbilidades.".to_string()];
        assert!(szigriszt_pazos(&hard) < 40.0);
    }
}
