package org.crosscheck.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.text.Sentence;
import org.crosscheck.text.Token;

/** The model's tokens as CoreNLP labels again, with the tags and lemmas the analyzer already gave them. */
final class CoreLabels {
    private CoreLabels() {
    }

    static List<CoreLabel> of(Sentence s) {
        List<CoreLabel> out = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.word());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setNER(t.ner());
            l.setBeginPosition(t.start());
            l.setEndPosition(t.end());
            // CoreNLP counts tokens from 1 within a sentence; the model from 0
            l.setIndex(t.index() + 1);
            l.setSentIndex(s.index());
            out.add(l);
        }
        return out;
    }
}
