package vn.baocao.reference;

import java.io.Serializable;
import java.util.List;

/**
 * A rule reading a count by the words after it ("108/126 xã đạt chuẩn nông thôn mới").
 *
 * @param indicator the indicator the count is
 * @param nouns the noun that must directly follow the number (keyed)
 * @param prefixAny when not empty, the words before the number must end with one of these
 * @param require groups that must all occur in the window after the number; a group is a
 *     list of alternatives
 * @param reject words that must not occur in that window
 */
public record CountRule(
    String indicator,
    List<String> nouns,
    List<String> prefixAny,
    List<List<String>> require,
    List<String> reject)
    implements Serializable {}
