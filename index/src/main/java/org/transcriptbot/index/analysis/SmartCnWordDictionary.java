package org.transcriptbot.index.analysis;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * SmartCN's loaded word dictionary ({@code WordDictionary}, package-private: its tables read and
 * its lookups called through reflection; Lucene is pinned), for {@link WordLattice} to build its
 * trie.
 */
final class SmartCnWordDictionary {
    final char[] charIndex;
    final short[] wordIndex;
    final char[][][] words;
    private final Object loaded;
    private final Method frequency;
    private final Method prefixMatch;

    SmartCnWordDictionary() throws ReflectiveOperationException {
        Class<?> type = Class.forName("org.apache.lucene.analysis.cn.smart.hhmm.WordDictionary");
        Method instance = type.getDeclaredMethod("getInstance");
        instance.setAccessible(true);
        loaded = instance.invoke(null);
        charIndex = (char[]) field(type, "charIndexTable");
        wordIndex = (short[]) field(type, "wordIndexTable");
        words = (char[][][]) field(type, "wordItem_charArrayTable");
        frequency = type.getDeclaredMethod("getFrequency", char[].class);
        prefixMatch = type.getDeclaredMethod("getPrefixMatch", char[].class);
        frequency.setAccessible(true);
        prefixMatch.setAccessible(true);
    }

    private Object field(Class<?> type, String name) throws ReflectiveOperationException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(loaded);
    }

    /** The words (without their first character) of a slot of the character table. */
    char[][] row(int slot) {
        if (charIndex[slot] == 0 || wordIndex[slot] < 0) {
            return null;
        }
        return words[wordIndex[slot]];
    }

    int frequency(char[] word) throws ReflectiveOperationException {
        return (int) frequency.invoke(loaded, (Object) word);
    }

    int prefixMatch(char[] word) throws ReflectiveOperationException {
        return (int) prefixMatch.invoke(loaded, (Object) word);
    }
}
