package dev.newsie.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/** Hand-tagged sentences ("word/TAG ..."), for retagging tests that must show what a guard does on a given tagging. */
final class TaggedSentences {
    private TaggedSentences() {
    }

    /** Words one space apart. */
    static CoreMap of(String tagged) {
        return of(tagged, false);
    }

    /** Words one space apart, but with no space around a hyphen (HYPH) when {@code tightHyphens}: "secretary-general". */
    static CoreMap of(String tagged, boolean tightHyphens) {
        List<CoreLabel> tokens = new ArrayList<>();
        int offset = 0;
        for (String wordTag : tagged.split(" ")) {
            int slash = wordTag.lastIndexOf('/');
            CoreLabel t = new CoreLabel();
            t.setWord(wordTag.substring(0, slash));
            t.setTag(wordTag.substring(slash + 1));
            t.setIndex(tokens.size() + 1);
            boolean joins = tightHyphens && !tokens.isEmpty() && ("HYPH".equals(t.tag()) || "HYPH".equals(tokens.get(tokens.size() - 1).tag()));
            offset += joins || tokens.isEmpty() ? 0 : 1;
            t.setBeginPosition(offset);
            offset += t.word().length();
            t.setEndPosition(offset);
            tokens.add(t);
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return sentence;
    }

    static CoreLabel token(CoreMap sentence, int i) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class).get(i);
    }
}
