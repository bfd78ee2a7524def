//! Flesch–Kincaid grade level, to keep patient text at a reading level patients can use
//! (grade 8 or lower). Used by the content tests; syllables are counted with the usual
//! vowel-group heuristic, which is what readability tools do.

/// FK grade = 0.39 × words/sentence + 11.8 × syllables/word − 15.59.
pub fn flesch_kincaid_grade(sentences: &[String]) -> f64 {
    let (mut words, mut syllables, mut sentence_count) = (0usize, 0usize, 0usize);
    for text in sentences {
        let mut in_sentence = false;
        for word in text.split_whitespace() {
            let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
            if !letters.is_empty() {
                words += 1;
                syllables += syllable_count(&letters);
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
    if words == 0 {
        return 0.0;
    }
    0.39 * words as f64 / sentence_count.max(1) as f64 + 11.8 * syllables as f64 / words as f64
        - 15.59
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
}
